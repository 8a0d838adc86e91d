// SPDX-License-Identifier: MIT
#include "app/paged_table_model.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::app;

namespace {

// 100,000 numbered rows; amount = (n * 37) % 1000 cents. Records what it was asked.
class FakeSource : public TableSource {
public:
    explicit FakeSource(int rows)
        : rows(rows) {}

    QList<ColumnSpec> columns() const override {
        return {{QStringLiteral("Key"), QStringLiteral("key")},
                {QStringLiteral("Amount"), QStringLiteral("amount"), reports::ColumnKind::Money},
                {QStringLiteral("Note"), {}}};
    }

    Result<qint64> count(const ListRequest& request) override {
        ++counts;
        return qint64(matching(request).size());
    }

    Result<QList<TableRow>> fetch(const ListRequest& request, int offset, int limit) override {
        last = request;
        offsets.append(offset);
        const QList<int> all = matching(request);
        QList<TableRow> out;
        for (int i = offset; i < std::min<int>(offset + limit, all.size()); ++i) {
            const int n = all.at(i);
            const qint64 cents = amount(n);
            out.append({key(n),
                        n % 10 != 0,
                        {Cell::text(key(n)),
                         {QString::number(cents / 100.0, 'f', 2), cents,
                          QString::number(cents / 100) + u'.' +
                              QStringLiteral("%1").arg(cents % 100, 2, 10, QLatin1Char('0'))},
                         Cell::text(QStringLiteral("note"))}});
        }
        return out;
    }

    static QString key(int n) { return QStringLiteral("K%1").arg(n, 6, 10, QLatin1Char('0')); }
    static qint64 amount(int n) { return (qint64(n) * 37) % 1000; }

    QList<int> matching(const ListRequest& request) const {
        QList<int> out;
        for (int n = 0; n < rows; ++n) {
            if (request.filter.isEmpty() || key(n).contains(request.filter))
                out.append(n);
        }
        if (request.sortKey == u"amount")
            std::stable_sort(out.begin(), out.end(),
                             [](int a, int b) { return amount(a) < amount(b); });
        if (request.descending)
            std::reverse(out.begin(), out.end());
        return out;
    }

    int rows;
    int counts = 0;
    ListRequest last;
    QList<int> offsets;
};

struct ModelWithFake {
    explicit ModelWithFake(int rows = 100000) {
        auto owned = std::make_unique<FakeSource>(rows);
        fake = owned.get();
        model = std::make_unique<PagedTableModel>(std::move(owned));
    }
    FakeSource* fake = nullptr;
    std::unique_ptr<PagedTableModel> model;
};

} // namespace

TEST(PagedTableModel, PassesTheModelTesterThroughSortFilterAndRefresh) {
    ModelWithFake m(3000);
    QAbstractItemModelTester tester(m.model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(m.model->rowCount(), 3000);
    m.model->sort(1, Qt::DescendingOrder);
    m.model->setFilter(QStringLiteral("12"));
    m.model->setFilter({});
    m.fake->rows = 3100;
    m.model->refresh();
    EXPECT_EQ(m.model->rowCount(), 3100);
    m.fake->rows = 50;
    m.model->refresh();
    EXPECT_EQ(m.model->rowCount(), 50);
}

TEST(PagedTableModel, CountsRowsWithoutFetchingThem) {
    ModelWithFake m;
    EXPECT_EQ(m.model->rowCount(), 100000);
    EXPECT_EQ(m.model->columnCount(), 3);
    EXPECT_EQ(m.model->pagesFetched(), 0);
    EXPECT_EQ(m.model->index(99999, 0).data().toString(), QStringLiteral("K099999"));
    EXPECT_EQ(m.model->pagesFetched(), 1);
    EXPECT_EQ(m.fake->offsets, QList<int>{99800});
}

TEST(PagedTableModel, ScrollingAViewToTheEndReadsOnlyAFewPages) {
    ModelWithFake m;
    QTableView view;
    view.resize(800, 600);
    view.setModel(m.model.get());
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.scrollToBottom();
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    EXPECT_LE(m.model->pagesFetched(), 4);
    const QModelIndex last = view.indexAt(QPoint(5, view.viewport()->height() - 5));
    EXPECT_GT(last.row(), 99900);
}

TEST(PagedTableModel, KeepsOnlyALimitedNumberOfPages) {
    ModelWithFake m;
    for (int row = 0; row < 100000; row += PagedTableModel::kPageSize)
        (void)m.model->index(row, 0).data();
    EXPECT_EQ(m.model->pagesFetched(), 500);
    EXPECT_LE(m.model->pagesCached(), PagedTableModel::kMaxPages);
    // The most recent page is still there: reading it again costs nothing.
    (void)m.model->index(99999, 0).data();
    EXPECT_EQ(m.model->pagesFetched(), 500);
}

TEST(PagedTableModel, SortingHandsTheColumnsKeyToTheSource) {
    ModelWithFake m;
    m.model->sort(1, Qt::DescendingOrder);
    EXPECT_EQ(m.model->index(0, 1).data(role::Raw).toLongLong(), 999);
    EXPECT_EQ(m.fake->last.sortKey, QStringLiteral("amount"));
    EXPECT_TRUE(m.fake->last.descending);
    m.model->sort(0, Qt::AscendingOrder);
    EXPECT_EQ(m.model->index(0, 0).data().toString(), QStringLiteral("K000000"));
    EXPECT_EQ(m.fake->last.sortKey, QStringLiteral("key"));
    EXPECT_FALSE(m.fake->last.descending);
}

TEST(PagedTableModel, AColumnWithoutSortKeyDoesNotResort) {
    ModelWithFake m;
    QSignalSpy resets(m.model.get(), &QAbstractItemModel::modelReset);
    m.model->sort(2, Qt::AscendingOrder);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_FALSE(m.model->isSortable(2));
}

TEST(PagedTableModel, FilterIsPassedToTheSourceAndCountsAgain) {
    ModelWithFake m;
    m.model->setFilter(QStringLiteral("9999"));
    // K009999, K019999, ..., K099999 and K099990..K099998
    EXPECT_EQ(m.model->rowCount(), 19);
    EXPECT_EQ(m.model->filter(), QStringLiteral("9999"));
    for (int row = 0; row < m.model->rowCount(); ++row)
        EXPECT_TRUE(m.model->index(row, 0).data().toString().contains(QStringLiteral("9999")));
    EXPECT_EQ(m.fake->last.filter, QStringLiteral("9999"));
}

TEST(PagedTableModel, AnswersRawAndPlainValuesAndAlignsNumbers) {
    ModelWithFake m;
    const QModelIndex amount = m.model->index(3, 1);
    EXPECT_EQ(amount.data(role::Raw).toLongLong(), 111);
    EXPECT_EQ(amount.data(role::Plain).toString(), QStringLiteral("1.11"));
    EXPECT_EQ(amount.data(role::Key).toString(), QStringLiteral("K000003"));
    EXPECT_TRUE(amount.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    EXPECT_TRUE(m.model->index(3, 0).data(Qt::TextAlignmentRole).value<Qt::Alignment>() &
                Qt::AlignLeft);
    // Row 10 is inactive: shown in italics.
    EXPECT_TRUE(m.model->index(10, 0).data(Qt::FontRole).value<QFont>().italic());
    EXPECT_FALSE(m.model->index(11, 0).data(Qt::FontRole).isValid());
}

TEST(PagedTableModel, RefreshKeepsRowPositionsAndReportsNewRows) {
    ModelWithFake m(500);
    QSignalSpy inserted(m.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(m.model.get(), &QAbstractItemModel::modelReset);
    (void)m.model->index(0, 0).data();
    m.fake->rows = 502;
    m.model->refresh();
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(m.model->rowCount(), 502);
    EXPECT_EQ(m.model->keyAt(501), QStringLiteral("K000501"));
    EXPECT_EQ(m.model->cachedRowOf(QStringLiteral("K000501")), 501);
    EXPECT_EQ(m.model->cachedRowOf(QStringLiteral("K000001")), -1);
}
