// SPDX-License-Identifier: MIT
// Pagination of printed documents: every row once, the header on every page with
// rows, nothing over a page's room, closing blocks moved on when they do not fit.
#include "reports/page_plan.h"

#include <gtest/gtest.h>

using namespace mostrador::reports;

namespace {

FlowHeights rows(int count, qreal height, QList<qreal> blocks = {}) {
    FlowHeights flow;
    flow.tableHeader = 12;
    flow.rows = QList<qreal>(count, height);
    flow.blocks = std::move(blocks);
    return flow;
}

// What each page holds, summed: never more than its room.
qreal used(const PagePlan& page, const FlowHeights& flow) {
    qreal h = page.tableHeader ? flow.tableHeader : 0;
    for (int r = page.firstRow; r < page.firstRow + page.rowCount; ++r)
        h += flow.rows[r];
    for (int b = page.firstBlock; b < page.firstBlock + page.blockCount; ++b)
        h += flow.blocks[b];
    return h;
}

} // namespace

TEST(PagePlan, SixtyRowsFillSeveralPagesEachRowOnceWithTheHeaderOnEveryPage) {
    const PageSpace space{300, 500};
    const FlowHeights flow = rows(60, 20, {30, 15});
    const QList<PagePlan> pages = paginate(space, flow);
    ASSERT_EQ(pages.size(), 3);
    int next = 0;
    for (int i = 0; i < pages.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_TRUE(pages[i].tableHeader);
        EXPECT_EQ(pages[i].firstRow, next); // no row lost, none twice
        next += pages[i].rowCount;
        EXPECT_LE(used(pages[i], flow), i == 0 ? space.firstPage : space.otherPages);
    }
    EXPECT_EQ(next, 60);
    EXPECT_EQ(pages[0].rowCount, 14); // (300 − 12) / 20
    EXPECT_EQ(pages[1].rowCount, 24); // (500 − 12) / 20
    EXPECT_EQ(pages[2].firstBlock, 0);
    EXPECT_EQ(pages[2].blockCount, 2); // totals stay under the last rows when they fit
}

TEST(PagePlan, TotalsThatDoNotFitUnderTheLastRowsMoveToANewPage) {
    const PageSpace space{300, 500};
    // 14 rows leave 8 of the first page's 300: the totals (80) go on.
    const QList<PagePlan> pages = paginate(space, rows(14, 20, {80}));
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages[0].rowCount, 14);
    EXPECT_EQ(pages[0].blockCount, 0);
    EXPECT_FALSE(pages[1].tableHeader); // no empty table on the totals' page
    EXPECT_EQ(pages[1].rowCount, 0);
    EXPECT_EQ(pages[1].firstBlock, 0);
    EXPECT_EQ(pages[1].blockCount, 1);
}

TEST(PagePlan, BlocksFlowOneAfterAnotherAcrossPages) {
    const PageSpace space{100, 100};
    const FlowHeights flow = rows(0, 0, {60, 30, 30, 30});
    const QList<PagePlan> pages = paginate(space, flow);
    ASSERT_EQ(pages.size(), 2);
    EXPECT_TRUE(pages[0].tableHeader); // an empty table still shows its header
    EXPECT_EQ(pages[0].blockCount, 1); // 12 + 60 + 30 > 100
    EXPECT_EQ(pages[1].firstBlock, 1);
    EXPECT_EQ(pages[1].blockCount, 3);
}

TEST(PagePlan, SomethingTallerThanAPageTakesAPageOfItsOwnWithoutBlankPages) {
    const PageSpace space{100, 100};
    FlowHeights flow = rows(3, 20, {150, 10});
    flow.rows[1] = 200;
    const QList<PagePlan> pages = paginate(space, flow);
    ASSERT_EQ(pages.size(), 5);
    EXPECT_EQ(pages[0].rowCount, 1);
    EXPECT_EQ(pages[1].firstRow, 1);
    EXPECT_EQ(pages[1].rowCount, 1);
    EXPECT_EQ(pages[2].firstRow, 2);
    EXPECT_EQ(pages[3].firstBlock, 0);
    EXPECT_EQ(pages[3].blockCount, 1);
    EXPECT_EQ(pages[4].firstBlock, 1);
    for (const PagePlan& p : pages)
        EXPECT_GT(p.rowCount + p.blockCount, 0);
}

TEST(PagePlan, AnOversizedFirstRowStaysOnTheFirstPage) {
    const QList<PagePlan> pages = paginate({100, 100}, rows(1, 400));
    ASSERT_EQ(pages.size(), 1);
    EXPECT_EQ(pages[0].rowCount, 1);
    EXPECT_EQ(pages[0].blockCount, 0);
}
