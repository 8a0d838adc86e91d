// SPDX-License-Identifier: MIT
#include "app/invoice_source.h"

#include "app/cells.h"
#include "services/services.h"

namespace mostrador::app {

using reports::ColumnKind;
namespace state = domain::invoice_state;

QString InvoiceLabels::state(const QString& key) {
    if (key == state::kDraft)
        return tr("Draft");
    if (key == state::kPosted)
        return tr("Posted");
    if (key == state::kPartiallyPaid)
        return tr("Partially paid");
    if (key == state::kPaid)
        return tr("Paid");
    if (key == InvoiceSource::kOverdue)
        return overdue();
    return key;
}

QString InvoiceLabels::overdue() {
    return tr("Overdue");
}

QList<std::pair<QString, QString>> InvoiceLabels::states() {
    QList<std::pair<QString, QString>> out;
    for (const char16_t* key :
         {state::kDraft, state::kPosted, state::kPartiallyPaid, state::kPaid}) {
        const QString k = QString::fromUtf16(key);
        out.append({k, state(k)});
    }
    return out;
}

QString InvoiceLabels::shownState(const QString& status, const QDate& dueDate,
                                  const domain::Money& balance, const QDate& today) {
    const bool overdue =
        status != state::kDraft && balance.minor() > 0 && dueDate.isValid() && dueDate < today;
    return overdue ? QString::fromUtf16(InvoiceSource::kOverdue) : status;
}

InvoiceSource::InvoiceSource(services::Services& services, domain::Actor actor)
    : ServiceSource(services, std::move(actor)) {}

QList<ColumnSpec> InvoiceSource::columns() const {
    return {
        {tr("Number"), QStringLiteral("number"), ColumnKind::Text, 18},
        {tr("Customer"), QStringLiteral("customer"), ColumnKind::Text, 36},
        {tr("Date"), QStringLiteral("date"), ColumnKind::Text, 11},
        {tr("Due date"), QStringLiteral("due_date"), ColumnKind::Text, 11},
        {tr("State"), QStringLiteral("status"), ColumnKind::Text, 24},
        {tr("Total"), QStringLiteral("total"), ColumnKind::Money, 13},
        {tr("Paid"), {}, ColumnKind::Money, 13},
        {tr("Balance"), {}, ColumnKind::Money, 13},
    };
}

services::InvoiceListQuery InvoiceSource::query(const ListRequest& request, int offset,
                                                int limit) const {
    auto q = pageQuery<services::InvoiceListQuery>(request, offset, limit);
    // "overdue" is no stored state: what is left to pay and due before today.
    const bool overdue = m_filter.status == kOverdue;
    q.status = overdue ? QString() : m_filter.status;
    q.dueBefore = overdue ? QDate::currentDate() : QDate();
    q.customerCode = m_filter.customerCode;
    q.from = m_filter.from;
    q.to = m_filter.to;
    return q;
}

Result<qint64> InvoiceSource::count(const ListRequest& request) {
    return m_services.invoices().count(m_actor, query(request, 0, 0));
}

Result<QList<TableRow>> InvoiceSource::fetch(const ListRequest& request, int offset, int limit) {
    const QDate today = QDate::currentDate(); // a list left open past midnight moves on
    return tableRows(m_services.invoices().list(m_actor, query(request, offset, limit)),
                     [this, &today](const services::InvoiceRow& r) { return rowOf(r, today); });
}

TableRow InvoiceSource::rowOf(const services::InvoiceRow& r, const QDate& today) {
    const bool draft = r.status == state::kDraft;
    const QString customer = r.customerName.isEmpty()
                                 ? r.customerCode
                                 : r.customerCode + QStringLiteral(" · ") + r.customerName;
    const QString shown = InvoiceLabels::shownState(r.status, r.dueDate, r.balance, today);
    return TableRow{r.number,
                    true,
                    {Cell::text(r.number), Cell::text(customer), dateCell(r.date, m_locale),
                     r.dueDate.isValid() ? dateCell(r.dueDate, m_locale) : Cell::text({}),
                     Cell{InvoiceLabels::state(shown), shown, shown},
                     cells::money(r.total, m_locale), paidCell(r),
                     draft ? Cell::text({}) : cells::money(r.balance, m_locale)}};
}

// What is settled, however: deposits applied at posting, payments and credit notes, so
// that Total − Paid is the Balance beside it.
Cell InvoiceSource::paidCell(const services::InvoiceRow& r) const {
    if (r.status == state::kDraft)
        return Cell::text({});
    return cells::money(r.total - r.balance, m_locale);
}

} // namespace mostrador::app
