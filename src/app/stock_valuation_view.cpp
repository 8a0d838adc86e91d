// SPDX-License-Identifier: MIT
#include "app/stock_valuation_view.h"

#include "app/cells.h"
#include "reports/document_text.h"
#include "services/services.h"

namespace mostrador::app {

using reports::ColumnKind;

StockValuationView::StockValuationView(services::Services& services, const domain::Actor& actor,
                                       QWidget* parent)
    : ReportView(services, actor, QStringLiteral("stockValuationView"), parent) {
    setColumns({{tr("Category"), ColumnKind::Text, 18, 1.6},
                {tr("SKU"), ColumnKind::Text, 10, 1.4},
                {tr("Product"), ColumnKind::Text, 32, 3},
                {tr("On hand"), ColumnKind::Quantity, 10, 1},
                {tr("Unit cost"), ColumnKind::UnitPrice, 11, 1.1},
                {tr("Value"), ColumnKind::Money, 14, 1.3}});
    finish();
    reloadOn({QStringLiteral("product"), QStringLiteral("stock"), QStringLiteral("shipment"),
              QStringLiteral("return")});
}

Status StockValuationView::fill() {
    auto report = m_services.reports().stockValuation(m_actor);
    if (!report) {
        m_report = {};
        return fail(report.error());
    }
    m_report = std::move(*report);
    const QLocale locale;
    const domain::Currency currency = m_report.value.currency();
    for (const services::StockValuationRow& r : m_report.rows)
        appendRow({Cell::text(r.category), Cell::text(r.sku), Cell::text(r.productName),
                   cells::quantity(r.onHand, locale), cells::price(r.unitCost, currency, locale),
                   cells::money(r.value, locale)},
                  r.sku);
    appendTotalRow({Cell::text(tr("Total")), blank(), blank(), blank(), blank(),
                    cells::money(m_report.value, locale)});
    return {};
}

QString StockValuationView::reportTitle() const {
    return tr("Stock valuation");
}

QString StockValuationView::printedSubtitle() const {
    return tr("at standard cost, %1").arg(reports::printedDate(QDate::currentDate(), QLocale()));
}

QList<reports::TotalRow> StockValuationView::printedTotals() const {
    return {{tr("Stock value"), m_report.value.toString(QLocale()), true}};
}

QString StockValuationView::exportName() const {
    return tr("stock-valuation-%1").arg(QDate::currentDate().toString(Qt::ISODate));
}

} // namespace mostrador::app
