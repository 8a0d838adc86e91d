// SPDX-License-Identifier: MIT
#include "app/order_source.h"

#include "app/cells.h"
#include "domain/workflow.h"
#include "services/services.h"

namespace mostrador::app {

using reports::ColumnKind;
namespace state = domain::order_state;

QString OrderLabels::state(const QString& key) {
    QString label = domain::stateLabel(key);
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

QList<std::pair<QString, QString>> OrderLabels::states() {
    QList<std::pair<QString, QString>> out;
    for (const char16_t* key :
         {state::kDraft, state::kAwaitingApproval, state::kCreditHold, state::kConfirmed,
          state::kPartiallyShipped, state::kShipped, state::kClosed, state::kCancelled}) {
        const QString k = QString::fromUtf16(key);
        out.append({k, OrderLabels::state(k)});
    }
    return out;
}

QString OrderLabels::progress(domain::Quantity done, domain::Quantity of) {
    if (of.thousandths() <= 0)
        return {};
    const qint64 percent = done.thousandths() * 100 / of.thousandths();
    return tr("%1 %").arg(QLocale().toString(percent));
}

OrderSource::OrderSource(services::Services& services, domain::Actor actor)
    : ServiceSource(services, std::move(actor)) {}

QList<ColumnSpec> OrderSource::columns() const {
    return {
        {tr("Number"), QStringLiteral("number"), ColumnKind::Text, 16},
        {tr("Customer"), QStringLiteral("customer"), ColumnKind::Text, 44},
        {tr("Date"), QStringLiteral("date"), ColumnKind::Text, 11},
        {tr("Requested"), QStringLiteral("requested_date"), ColumnKind::Text, 11},
        {tr("Status"), QStringLiteral("status"), ColumnKind::Text, 24},
        {tr("Salesperson"), {}, ColumnKind::Text, 11},
        {tr("Total"), QStringLiteral("total"), ColumnKind::Money, 13},
        {tr("Shipped"), {}, ColumnKind::Quantity, 9},
        {tr("Invoiced"), {}, ColumnKind::Quantity, 9},
    };
}

services::OrderListQuery OrderSource::query(const ListRequest& request, int offset,
                                            int limit) const {
    auto q = pageQuery<services::OrderListQuery>(request, offset, limit);
    q.status = m_filter.status;
    q.queue = m_filter.queue;
    q.customerCode = m_filter.customerCode;
    q.from = m_filter.from;
    q.to = m_filter.to;
    return q;
}

Cell OrderSource::progressCell(domain::Quantity done, domain::Quantity of) const {
    // Sorted by the exact fraction (per mille); exported as a whole percent.
    const qint64 permille = of.thousandths() > 0 ? done.thousandths() * 1000 / of.thousandths() : 0;
    return {OrderLabels::progress(done, of), permille, QString::number(permille / 10)};
}

Result<qint64> OrderSource::count(const ListRequest& request) {
    return m_services.orders().count(m_actor, query(request, 0, 0));
}

Result<QList<TableRow>> OrderSource::fetch(const ListRequest& request, int offset, int limit) {
    const auto toRow = [this](const services::OrderRow& o) {
        const QString customer = o.customerName.isEmpty()
                                     ? o.customerCode
                                     : o.customerCode + QStringLiteral(" · ") + o.customerName;
        return TableRow{
            o.number,
            true,
            {Cell::text(o.number),
             Cell::text(customer),
             dateCell(o.date, m_locale),
             o.requestedDate.isValid() ? dateCell(o.requestedDate, m_locale) : Cell::text({}),
             {OrderLabels::state(o.status), o.status, o.status},
             Cell::text(o.salesperson),
             cells::money(o.total, m_locale),
             progressCell(o.shipped, o.ordered),
             progressCell(o.invoiced, o.ordered)}};
    };
    return tableRows(m_services.orders().list(m_actor, query(request, offset, limit)), toRow);
}

} // namespace mostrador::app
