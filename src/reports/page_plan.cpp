// SPDX-License-Identifier: MIT
#include "reports/page_plan.h"

namespace mostrador::reports {

namespace {

// The page being filled, and the pages already full.
class Pager {
public:
    explicit Pager(const PageSpace& space)
        : m_space(space)
        , m_room(space.firstPage) {}

    // Whether `height` fits on the current page. Something that would not fit on an
    // empty later page either (`fresh`: its height there) stays on a page with no
    // content yet, since moving it on would only leave a blank page behind.
    bool fits(qreal height, qreal fresh) const {
        return m_used + height <= m_room || (!m_hasContent && fresh > m_space.otherPages);
    }
    void take(qreal height, bool content = true) {
        m_used += height;
        m_hasContent = m_hasContent || content;
    }
    PagePlan& page() { return m_current; }

    void nextPage() {
        m_pages.append(m_current);
        m_current = PagePlan{};
        m_room = m_space.otherPages;
        m_used = 0;
        m_hasContent = false;
    }

    QList<PagePlan> finish() {
        m_pages.append(m_current);
        return m_pages;
    }

private:
    PageSpace m_space;
    qreal m_room = 0;
    qreal m_used = 0;
    bool m_hasContent = false;
    PagePlan m_current;
    QList<PagePlan> m_pages;
};

void placeRows(Pager& pager, const FlowHeights& flow) {
    pager.page().tableHeader = true;
    pager.take(flow.tableHeader, false);
    for (int i = 0; i < flow.rows.size(); ++i) {
        if (!pager.fits(flow.rows[i], flow.tableHeader + flow.rows[i])) {
            pager.nextPage();
            pager.page().tableHeader = true;
            pager.take(flow.tableHeader, false);
        }
        if (pager.page().rowCount == 0)
            pager.page().firstRow = i;
        ++pager.page().rowCount;
        pager.take(flow.rows[i]);
    }
}

} // namespace

QList<PagePlan> paginate(const PageSpace& space, const FlowHeights& flow) {
    Pager pager(space);
    placeRows(pager, flow);
    for (int i = 0; i < flow.blocks.size(); ++i) {
        if (!pager.fits(flow.blocks[i], flow.blocks[i]))
            pager.nextPage();
        if (pager.page().blockCount == 0)
            pager.page().firstBlock = i;
        ++pager.page().blockCount;
        pager.take(flow.blocks[i]);
    }
    return pager.finish();
}

} // namespace mostrador::reports
