// SPDX-License-Identifier: MIT
#pragma once

#include "app/table_source.h"

#include <QAbstractTableModel>
#include <QHash>
#include <memory>

namespace mostrador::app {

// A table model over a TableSource that never holds the whole list: rowCount comes from
// the source's COUNT, rows are fetched a page at a time when a view asks for them and
// kept in a small least-recently-used cache. Sorting and filtering are passed to the
// source (that is, to SQL), so a list of 100,000 rows costs a few pages of memory.
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 32;

    explicit PagedTableModel(std::unique_ptr<TableSource> source, QObject* parent = nullptr);
    ~PagedTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorts in the source by the column's sort key; columns without one are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const QString& text);
    QString filter() const { return m_request.filter; }
    void setIncludeInactive(bool include);
    bool includeInactive() const { return m_request.includeInactive; }
    const ListRequest& request() const { return m_request; }
    bool isSortable(int column) const;
    const QList<ColumnSpec>& columns() const { return m_columns; }

    // Reads the count again and forgets the cached pages, keeping row positions, so a
    // view's selection stays where it was (used when the data changed underneath).
    void refresh();

    // The key of a row (fetching its page if needed); empty when out of range.
    QString keyAt(int row) const;
    // The row of a key among the pages in the cache, or -1.
    int cachedRowOf(const QString& key) const;

    // How many pages were read from the source since construction (for tests and logs).
    int pagesFetched() const { return m_pagesFetched; }
    int pagesCached() const { return int(m_pages.size()); }

Q_SIGNALS:
    // A count or a page could not be read; the message is for people.
    void loadFailed(const QString& message) const;

private:
    struct Page {
        QList<TableRow> rows;
        quint64 lastUse = 0;
    };

    const TableRow* rowAt(int row) const;
    const Page* page(int number) const;
    void evictIfFull() const;
    qint64 readCount();
    void resetWith(const ListRequest& request);

    std::unique_ptr<TableSource> m_source;
    QList<ColumnSpec> m_columns;
    ListRequest m_request;
    int m_rows = 0;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_clock = 0;
    mutable int m_pagesFetched = 0;
};

} // namespace mostrador::app
