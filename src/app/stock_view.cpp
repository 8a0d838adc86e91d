// SPDX-License-Identifier: MIT
#include "app/stock_view.h"

#include "app/dialogs/stock_adjust_dialog.h"
#include "app/list_sources.h"
#include "services/services.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mostrador::app {

StockView::StockView(services::Services& services, const domain::Actor& actor, QWidget* parent)
    : ListPage(std::make_unique<ProductSource>(services, actor, ProductSource::Mode::Stock),
               QStringLiteral("lists/stock"), services.notifier(),
               {QStringLiteral("product"), QStringLiteral("stock")}, parent)
    , m_services(services)
    , m_actor(actor) {
    setCanCreate(false);
    setCanExport(actor.require(domain::Permission::ExportData).has_value());
    editButton()->setText(tr("&Adjust stock…"));
    editButton()->setIcon(QIcon(QStringLiteral(":/icons/stock.svg")));
    editButton()->setToolTip(tr("Book a stock adjustment for the selected product (Enter)"));
    editButton()->setVisible(actor.require(domain::Permission::AdjustStock).has_value());

    m_movements = new QStandardItemModel(0, 6, this);
    m_movements->setHorizontalHeaderLabels(
        {tr("Date"), tr("Quantity"), tr("Kind"), tr("Reason"), tr("Reference"), tr("User")});
    m_movementsTable = new QTableView(this);
    m_movementsTable->setModel(m_movements);
    m_movementsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_movementsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_movementsTable->verticalHeader()->hide();
    m_movementsTable->horizontalHeader()->setStretchLastSection(true);
    m_movementsTable->setAlternatingRowColors(true);
    m_movementsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_movementsTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int charWidth = fontMetrics().averageCharWidth();
    const QString sampleDate =
        QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat);
    m_movementsTable->setColumnWidth(0, fontMetrics().horizontalAdvance(sampleDate) + 24);
    for (int column = 1; column < 5; ++column)
        m_movementsTable->setColumnWidth(column, (column == 3 ? 40 : 14) * charWidth);
    m_movementsTitle = new QLabel(this);

    // The products table moves into a splitter with the movements below it.
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_movementsTitle);
    lowerLayout->addWidget(m_movementsTable);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    pageLayout()->replaceWidget(table(), splitter);
    splitter->addWidget(table());
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    pageLayout()->setStretchFactor(splitter, 1);
    setTabOrder(editButton(), m_movementsTable);

    connect(this, &ListPage::currentKeyChanged, this, &StockView::showMovements);
    showMovements({});
}

void StockView::editRecord(const QString& sku) {
    if (!editButton()->isVisible())
        return;
    StockAdjustDialog dialog(m_services, m_actor, sku, this);
    dialog.exec();
}

void StockView::showMovements(const QString& sku) {
    m_movements->removeRows(0, m_movements->rowCount());
    if (sku.isEmpty()) {
        m_movementsTitle->setText(tr("Select a product to see its stock movements."));
        return;
    }
    auto moves = m_services.stock().movements(m_actor, sku, kMovementLimit);
    if (!moves) {
        m_movementsTitle->setText(moves.error().message);
        return;
    }
    m_movementsTitle->setText(moves->isEmpty() ? tr("No stock movements of %1 yet.").arg(sku)
                                               : tr("Recent stock movements of %1").arg(sku));
    const QLocale locale;
    for (const auto& m : *moves) {
        auto* qty = new QStandardItem(m.qty.toString(locale));
        qty->setData(m.qty.thousandths(), Qt::UserRole);
        qty->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_movements->appendRow(
            {new QStandardItem(locale.toString(m.at.toLocalTime(), QLocale::ShortFormat)), qty,
             new QStandardItem(kindLabel(m.kind)), new QStandardItem(m.reason),
             new QStandardItem(m.reference), new QStandardItem(m.userName)});
    }
}

QString StockView::kindLabel(const QString& kind) {
    if (kind == domain::movement::kAdjustment)
        return tr("Adjustment");
    if (kind == domain::movement::kShipment)
        return tr("Shipment");
    if (kind == domain::movement::kReturn)
        return tr("Return");
    return kind;
}

} // namespace mostrador::app
