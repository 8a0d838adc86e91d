// SPDX-License-Identifier: MIT
// The read side of PaymentService: lookups, the customer's position and the aging report.
#include "services/payment_impl.h"
#include "storage/report_queries.h"
#include "storage/return_repository.h"

#include <QSet>

namespace mostrador::services {

using domain::Actor;
using domain::Money;
using domain::Permission;

namespace {

Error invoiceRefusal(const QString& code, const QString& message) {
    return Error::rule(code, message, QStringLiteral("invoice"));
}

} // namespace

Result<domain::Customer> PaymentService::Impl::customer(const QString& code) {
    const QString key = code.trimmed().toUpper();
    auto found = customers.findByCode(key);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::notFound(QStringLiteral("customer.not_found"),
                                    trMsg("There is no customer with code “%1”").arg(key)));
    return std::move(**found);
}

Result<domain::Payment> PaymentService::Impl::payment(const QString& number) {
    const QString key = number.trimmed().toUpper();
    auto found = repo().findPayment(key);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::notFound(QStringLiteral("payment.not_found"),
                                    trMsg("There is no payment %1").arg(key)));
    return std::move(**found);
}

Result<QList<domain::AllocationTarget>>
PaymentService::Impl::targets(qint64 customerId, const QList<AllocationRequest>& requests) {
    QList<domain::AllocationTarget> out;
    if (requests.isEmpty()) {
        auto open = repo().openInvoices(customerId);
        if (!open)
            return fail(open.error());
        for (const domain::OpenInvoice& i : *open)
            out.append({i, std::nullopt});
        return out;
    }
    QSet<qint64> seen;
    for (const AllocationRequest& r : requests) {
        const QString key = r.invoiceNumber.trimmed().toUpper();
        auto dues = repo().invoice(key);
        if (!dues)
            return fail(dues.error());
        if (!*dues)
            return fail(Error::notFound(QStringLiteral("invoice.not_found"),
                                        trMsg("There is no invoice %1").arg(key)));
        const storage::InvoiceDues& i = **dues;
        if (i.status == QStringView(domain::invoice_state::kDraft))
            return fail(invoiceRefusal(QStringLiteral("payment.invoice_draft"),
                                       trMsg("Invoice %1 is a draft: post it first").arg(key)));
        if (i.customerId != customerId)
            return fail(invoiceRefusal(QStringLiteral("payment.other_customer"),
                                       trMsg("Invoice %1 is another customer's").arg(i.number)));
        if (i.balance.minor() <= 0)
            return fail(invoiceRefusal(QStringLiteral("payment.invoice_paid"),
                                       trMsg("Invoice %1 is paid already").arg(i.number)));
        if (seen.contains(i.id))
            return fail(invoiceRefusal(QStringLiteral("payment.invoice_twice"),
                                       trMsg("Invoice %1 is named twice").arg(i.number)));
        seen.insert(i.id);
        std::optional<Money> amount;
        if (r.amount)
            amount = money(r.amount->minor());
        out.append({i.open(), amount});
    }
    domain::sortByDue(out);
    return out;
}

Result<domain::Payment> PaymentService::get(const Actor& actor, const QString& number) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    return d->payment(number);
}

Result<QList<domain::Chargeback>> PaymentService::chargebacksOf(const Actor& actor,
                                                                const QString& paymentNumber) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    auto p = d->payment(paymentNumber);
    if (!p)
        return fail(p.error());
    return d->repo().chargebacksOf(p->id);
}

Result<QList<domain::Payment>> PaymentService::list(const Actor& actor, const QString& customerCode,
                                                    int limit) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    storage::PaymentListQuery query;
    query.limit = limit;
    if (!customerCode.trimmed().isEmpty()) {
        auto c = d->customer(customerCode);
        if (!c)
            return fail(c.error());
        query.customerId = c->id;
    }
    return d->repo().listPayments(query);
}

Result<ReceivablesPosition> PaymentService::position(const Actor& actor,
                                                     const QString& customerCode) {
    if (auto ok = actor.require(Permission::ViewCustomers); !ok)
        return fail(ok.error());
    auto c = d->customer(customerCode);
    if (!c)
        return fail(c.error());
    auto figures = d->accounts.figures(c->id);
    auto open = d->repo().openInvoices(c->id);
    auto credit = d->repo().openCredit(c->id);
    auto overdue = d->repo().overdue(c->id, QDate::currentDate(), 0);
    if (!figures)
        return fail(figures.error());
    if (!open)
        return fail(open.error());
    if (!credit)
        return fail(credit.error());
    if (!overdue)
        return fail(overdue.error());
    ReceivablesPosition p;
    p.customerCode = c->code;
    p.arBalance = d->money(figures->arBalance);
    p.openInvoices = d->money(0);
    for (const domain::OpenInvoice& i : *open)
        p.openInvoices += i.balance;
    p.credit = d->money(0);
    for (const domain::Payment& pay : *credit)
        p.credit += pay.unallocated;
    // Credit notes not yet allocated nor refunded are the customer's credit too.
    auto notes = storage::ReturnRepository(d->ctx.db).unallocatedCredit(c->id, d->ctx.currency);
    if (!notes)
        return fail(notes.error());
    p.credit += *notes;
    p.overdueInvoices = overdue->beyondLimit;
    p.oldestOverdueDays = overdue->oldestDays;
    return p;
}

namespace {

AgingReport reportOf(QDate asOf, const QList<storage::AgingRow>& rows, domain::Currency currency) {
    AgingReport report;
    report.asOf = asOf;
    report.totals = domain::AgingAmounts(currency);
    for (const storage::AgingRow& r : rows) {
        report.lines.append({r.customerCode, r.customerName, r.amounts, r.credit});
        report.totals += r.amounts;
    }
    return report;
}

} // namespace

Result<qint64> PaymentService::Impl::agingCustomer(const Actor& actor,
                                                   const QString& customerCode) {
    if (auto ok = actor.require(Permission::ViewSales); !ok)
        return fail(ok.error());
    if (customerCode.trimmed().isEmpty())
        return 0;
    auto c = customer(customerCode);
    if (!c)
        return fail(c.error());
    return c->id;
}

Result<AgingReport> PaymentService::aging(const Actor& actor, QDate asOf,
                                          const QString& customerCode) {
    const QDate today = QDate::currentDate();
    if (asOf.isValid() && asOf < today)
        return agingFromHistory(actor, asOf, customerCode);
    storage::ReadSnapshot snapshot(d->ctx.db); // the invoices and the credit agree
    if (!snapshot.begun())
        return fail(snapshot.begun().error());
    auto customerId = d->agingCustomer(actor, customerCode);
    if (!customerId)
        return fail(customerId.error());
    const QDate day = asOf.isValid() ? asOf : today;
    auto rows = d->repo().aging(day, *customerId);
    if (!rows)
        return fail(rows.error());
    return reportOf(day, *rows, d->ctx.currency);
}

Result<AgingReport> PaymentService::agingFromHistory(const Actor& actor, QDate asOf,
                                                     const QString& customerCode) {
    storage::ReadSnapshot snapshot(d->ctx.db); // its reads see one state of the documents
    if (!snapshot.begun())
        return fail(snapshot.begun().error());
    auto customerId = d->agingCustomer(actor, customerCode);
    if (!customerId)
        return fail(customerId.error());
    const QDate day = asOf.isValid() ? asOf : QDate::currentDate();
    // What chargebacks dated after the day took back of allocations dated up to it.
    auto charged = d->repo().chargebacksAfter(day, *customerId);
    if (!charged)
        return fail(charged.error());
    QHash<qint64, Money> reopened;
    for (const storage::ChargebackHistory& h : *charged)
        for (const domain::DatedUndo& u :
             domain::replayChargebacks(h.amount, h.allocations, h.chargebacks))
            if (u.chargebackDate > day && u.allocationDate <= day)
                reopened[u.invoiceId] = reopened.value(u.invoiceId, d->money(0)) + u.amount;
    auto rows = d->repo().agingAsOf(day, *customerId, reopened);
    if (!rows)
        return fail(rows.error());
    return reportOf(day, *rows, d->ctx.currency);
}

} // namespace mostrador::services
