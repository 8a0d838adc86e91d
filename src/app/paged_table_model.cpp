// SPDX-License-Identifier: MIT
#include "app/paged_table_model.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <limits>

namespace mostrador::app {

PagedTableModel::PagedTableModel(std::unique_ptr<TableSource> source, QObject* parent)
    : QAbstractTableModel(parent)
    , m_source(std::move(source))
    , m_columns(m_source->columns()) {
    // Exports read it to give money columns the right number of decimals.
    setProperty("currency", m_source->currency().code());
    m_rows = int(readCount());
}

PagedTableModel::~PagedTableModel() = default;

int PagedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int PagedTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool numeric = m_columns.at(index.column()).numeric();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    const TableRow* row = rowAt(index.row());
    if (!row || index.column() >= row->cells.size())
        return {};
    const Cell& cell = row->cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell.display;
    case role::Raw:
        return cell.raw;
    case role::Plain:
        return cell.plain;
    case role::Key:
        return row->key;
    case Qt::ForegroundRole:
        if (!row->active)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (!row->active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::AlignVCenter | (m_columns.at(section).numeric() ? Qt::AlignRight : Qt::AlignLeft));
    if (role == role::Kind)
        return static_cast<int>(m_columns.at(section).kind);
    return {};
}

bool PagedTableModel::isSortable(int column) const {
    return column >= 0 && column < m_columns.size() && !m_columns.at(column).sortKey.isEmpty();
}

void PagedTableModel::sort(int column, Qt::SortOrder order) {
    if (!isSortable(column))
        return;
    ListRequest request = m_request;
    request.sortKey = m_columns.at(column).sortKey;
    request.descending = order == Qt::DescendingOrder;
    if (request.sortKey == m_request.sortKey && request.descending == m_request.descending)
        return;
    resetWith(request);
}

void PagedTableModel::setFilter(const QString& text) {
    if (text == m_request.filter)
        return;
    ListRequest request = m_request;
    request.filter = text;
    resetWith(request);
}

void PagedTableModel::setIncludeInactive(bool include) {
    if (include == m_request.includeInactive)
        return;
    ListRequest request = m_request;
    request.includeInactive = include;
    resetWith(request);
}

void PagedTableModel::resetWith(const ListRequest& request) {
    beginResetModel();
    m_request = request;
    m_pages.clear();
    m_rows = int(readCount());
    endResetModel();
}

void PagedTableModel::refresh() {
    const int rows = int(readCount());
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    m_pages.clear();
    if (m_rows > 0 && !m_columns.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, int(m_columns.size()) - 1));
}

qint64 PagedTableModel::readCount() {
    auto counted = m_source->count(m_request);
    if (!counted) {
        Q_EMIT loadFailed(counted.error().message);
        return 0;
    }
    // A view addresses rows with int; more than that many is not a list anyone scrolls.
    return std::min<qint64>(*counted, std::numeric_limits<int>::max());
}

QString PagedTableModel::keyAt(int row) const {
    const TableRow* r = rowAt(row);
    return r ? r->key : QString();
}

int PagedTableModel::cachedRowOf(const QString& key) const {
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const auto& rows = it.value().rows;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).key == key)
                return it.key() * kPageSize + i;
        }
    }
    return -1;
}

const TableRow* PagedTableModel::rowAt(int row) const {
    if (row < 0 || row >= m_rows)
        return nullptr;
    const Page* p = page(row / kPageSize);
    const int offset = row % kPageSize;
    return p && offset < p->rows.size() ? &p->rows.at(offset) : nullptr;
}

const PagedTableModel::Page* PagedTableModel::page(int number) const {
    if (auto it = m_pages.find(number); it != m_pages.end()) {
        it->lastUse = ++m_clock;
        return &*it;
    }
    evictIfFull();
    auto fetched = m_source->fetch(m_request, number * kPageSize, kPageSize);
    ++m_pagesFetched;
    Page fresh;
    fresh.lastUse = ++m_clock;
    if (fetched)
        fresh.rows = std::move(*fetched);
    else
        Q_EMIT loadFailed(fetched.error().message);
    // A failed page is cached empty so a view painting it does not retry on every frame.
    return &*m_pages.insert(number, std::move(fresh));
}

void PagedTableModel::evictIfFull() const {
    while (m_pages.size() >= kMaxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

} // namespace mostrador::app
