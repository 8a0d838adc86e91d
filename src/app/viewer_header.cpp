// SPDX-License-Identifier: MIT
#include "app/viewer_header.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace mostrador::app {

ViewerHeader::ViewerHeader(QWidget* parent, int leftStretch, int rightStretch)
    : QWidget(parent)
    , m_left(new QFormLayout)
    , m_right(new QFormLayout) {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(m_left, leftStretch);
    row->addSpacing(24);
    row->addLayout(m_right, rightStretch);
}

QLabel* ViewerHeader::add(Column column, const char* name, const QString& title, bool number) {
    auto* value = new QLabel(this);
    value->setObjectName(QLatin1String(name));
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (number)
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_fields.insert(QLatin1String(name), value);
    (column == Left ? m_left : m_right)->addRow(title, value);
    return value;
}

QLabel* ViewerHeader::addLink(Column column, const char* name, const QString& title) {
    QLabel* link = add(column, name, title);
    link->setTextFormat(Qt::RichText);
    link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    return link;
}

void ViewerHeader::set(const char* name, const QString& text) const {
    if (QLabel* label = m_fields.value(QLatin1String(name)))
        label->setText(text);
}

QTableView* makeReadOnlyTable(QWidget* parent, QAbstractItemModel* model, const QString& name) {
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    return table;
}

} // namespace mostrador::app
