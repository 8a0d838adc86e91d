// SPDX-License-Identifier: MIT
#include "domain/account_statement.h"

#include "domain/error.h"
#include "domain/fulfilment.h"
#include "domain/invoice.h"

#include <algorithm>

namespace mostrador::domain {

namespace k = statement_kind;

QStringList statementKinds() {
    return {QString::fromUtf16(k::kInvoice), QString::fromUtf16(k::kCreditNote),
            QString::fromUtf16(k::kPayment), QString::fromUtf16(k::kRefund),
            QString::fromUtf16(k::kDeposit), QString::fromUtf16(k::kChargeback)};
}

int statementKindOrder(QStringView kind) {
    static const QStringList kinds = statementKinds();
    const qsizetype at = kinds.indexOf(kind);
    return at < 0 ? int(kinds.size()) : int(at);
}

QString statementKindLabel(QStringView kind) {
    if (kind == k::kInvoice)
        return trMsg("Invoice");
    if (kind == k::kCreditNote)
        return trMsg("Credit note");
    if (kind == k::kPayment)
        return trMsg("Payment");
    if (kind == k::kRefund)
        return trMsg("Refund");
    if (kind == k::kDeposit)
        return trMsg("Deposit");
    if (kind == k::kChargeback)
        return trMsg("Chargeback");
    return kind.toString();
}

QString chargebackReasonLabel(QStringView reason) {
    if (reason == chargeback_reason::kDispute)
        return trMsg("Dispute");
    if (reason == chargeback_reason::kBounced)
        return trMsg("Bounced");
    if (reason == chargeback_reason::kDeduction)
        return trMsg("Deduction");
    return reason.toString();
}

Money accountEffect(QStringView kind, Money amount) {
    if (kind == k::kInvoice || kind == k::kChargeback)
        return amount;
    // A refund is stored as a negative payment: taking it off adds what was paid back.
    return -amount;
}

namespace {

QString joined(const QStringList& parts) {
    QStringList kept;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    return kept.join(QStringLiteral(" · "));
}

// Order numbers for invoices and deposits, method and reference for money, reasons for
// chargebacks and credit notes.
QString descriptionOf(const AccountDocument& d) {
    const QString orders = d.orders.isEmpty() ? QString()
                           : d.orders.size() == 1
                               ? trMsg("Order %1").arg(d.orders.first())
                               : trMsg("Orders %1").arg(d.orders.join(QStringLiteral(", ")));
    if (d.kind == k::kInvoice)
        return orders;
    if (d.kind == k::kDeposit)
        return joined({orders, paymentMethodLabel(d.method), d.reference});
    if (d.kind == k::kPayment)
        return joined({paymentMethodLabel(d.method), d.reference});
    if (d.kind == k::kRefund)
        return joined(
            {paymentMethodLabel(d.method), d.reference,
             d.returnNumber.isEmpty() ? QString() : trMsg("Credit note %1").arg(d.returnNumber)});
    if (d.kind == k::kChargeback)
        return joined({chargebackReasonLabel(d.reason),
                       d.reference.isEmpty() ? QString() : trMsg("Payment %1").arg(d.reference)});
    if (d.kind == k::kCreditNote)
        return joined({d.reason, d.returnNumber.isEmpty()
                                     ? QString()
                                     : trMsg("Return %1").arg(d.returnNumber)});
    return {};
}

} // namespace

StatementEntry statementEntry(const AccountDocument& d) {
    StatementEntry e;
    e.date = d.date;
    e.kind = d.kind;
    e.id = d.id;
    e.number = d.number;
    e.description = descriptionOf(d);
    const Money effect = accountEffect(d.kind, d.amount);
    const Money zero = Money::zero(d.amount.currency());
    e.debit = effect.isNegative() ? zero : effect;
    e.credit = effect.isNegative() ? -effect : zero;
    e.balance = zero;
    if (d.kind == k::kInvoice) {
        e.dueDate = d.dueDate;
        e.open = d.open;
    }
    return e;
}

void sortEntries(QList<StatementEntry>& entries) {
    std::sort(entries.begin(), entries.end(), [](const StatementEntry& a, const StatementEntry& b) {
        if (a.date != b.date)
            return a.date < b.date;
        const int ka = statementKindOrder(a.kind);
        const int kb = statementKindOrder(b.kind);
        if (ka != kb)
            return ka < kb;
        return a.id < b.id;
    });
}

Money runBalances(Money opening, QList<StatementEntry>& entries) {
    Money balance = opening;
    for (StatementEntry& e : entries) {
        balance += e.effect();
        e.balance = balance;
    }
    return balance;
}

Money AccountSums::balance() const {
    return invoices + chargebacks - deposits - payments - creditNotes;
}

bool StatementPeriod::contains(const QDate& date) const {
    return (!from.isValid() || date >= from) && (!to.isValid() || date <= to);
}

StatementPeriod defaultStatementPeriod(const QDate& today) {
    const QDate monthStart(today.year(), today.month(), 1);
    return {monthStart.addMonths(-3), today};
}

Money AccountStatement::debits() const {
    Money sum = Money::zero(openingBalance.currency());
    for (const StatementEntry& e : entries)
        sum += e.debit;
    return sum;
}

Money AccountStatement::credits() const {
    Money sum = Money::zero(openingBalance.currency());
    for (const StatementEntry& e : entries)
        sum += e.credit;
    return sum;
}

Money AccountStatement::amountDue() const {
    return closingBalance.isNegative() ? Money::zero(closingBalance.currency()) : closingBalance;
}

AccountStatement accountStatement(const StatementCustomer& customer, const StatementPeriod& period,
                                  const AccountSums& before,
                                  const QList<AccountDocument>& documents) {
    AccountStatement s;
    s.customer = customer;
    s.period = period;
    s.openingBalance =
        period.from.isValid() ? before.balance() : Money::zero(before.invoices.currency());
    s.aging = AgingAmounts(s.openingBalance.currency());
    for (const AccountDocument& d : documents)
        if (period.contains(d.date))
            s.entries.append(statementEntry(d));
    sortEntries(s.entries);
    s.closingBalance = runBalances(s.openingBalance, s.entries);
    return s;
}

} // namespace mostrador::domain
