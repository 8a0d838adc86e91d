// SPDX-License-Identifier: MIT
#include "app/demand_view.h"

#include "app/cells.h"
#include "app/document_editor_support.h"
#include "app/service_source.h"
#include "reports/document_text.h"
#include "services/services.h"

#include <QDateEdit>
#include <QStandardItem>

namespace mostrador::app {

using domain::Quantity;
using reports::ColumnKind;

namespace {

const QColor kShort(0xc0, 0x1c, 0x1c);

} // namespace

DemandView::DemandView(services::Services& services, const domain::Actor& actor, QWidget* parent)
    : ReportView(services, actor, QStringLiteral("demandView"), parent) {
    setColumns({{tr("SKU"), ColumnKind::Text, 10, 1.4},
                {tr("Product"), ColumnKind::Text, 30, 3},
                {tr("Week of"), ColumnKind::Text, 11, 1.4},
                {tr("Demand"), ColumnKind::Quantity, 10, 1},
                {tr("On hand"), ColumnKind::Quantity, 10, 1},
                {tr("Available"), ColumnKind::Quantity, 10, 1},
                {tr("Shortfall"), ColumnKind::Quantity, 10, 1}});
    m_today = documentDateEdit(this, QStringLiteral("todayEdit"));
    m_today->setDate(QDate::currentDate());
    addFilter(tr("&Week of"), m_today);
    finish();
    reloadOn({QStringLiteral("order"), QStringLiteral("shipment"), QStringLiteral("stock"),
              QStringLiteral("return")});
}

Status DemandView::fill() {
    auto rows = m_services.reports().demand(m_actor, m_today->date());
    if (!rows) {
        m_rows.clear();
        return fail(rows.error());
    }
    m_rows = std::move(*rows);
    const QLocale locale;
    Quantity demand, shortfall;
    for (const services::DemandRow& r : m_rows) {
        const QList<QStandardItem*> items =
            appendRow({Cell::text(r.sku), Cell::text(r.productName), dateCell(r.week, locale),
                       cells::quantity(r.demand, locale), cells::quantity(r.onHand, locale),
                       cells::quantity(r.available, locale), cells::quantity(r.shortfall, locale)},
                      r.sku);
        if (r.shortfall > Quantity())
            items[Shortfall]->setForeground(kShort);
        demand += r.demand;
        shortfall += r.shortfall;
    }
    const QList<QStandardItem*> total =
        appendTotalRow({Cell::text(tr("Total")), blank(), blank(), cells::quantity(demand, locale),
                        blank(), blank(), cells::quantity(shortfall, locale)});
    if (shortfall > Quantity())
        total[Shortfall]->setForeground(kShort);
    return {};
}

QString DemandView::reportTitle() const {
    return tr("Production demand");
}

QString DemandView::printedSubtitle() const {
    const QDate week = m_today->date().addDays(1 - m_today->date().dayOfWeek());
    return tr("from the week of %1").arg(reports::printedDate(week, QLocale()));
}

QString DemandView::exportName() const {
    return tr("demand-%1").arg(m_today->date().toString(Qt::ISODate));
}

} // namespace mostrador::app
