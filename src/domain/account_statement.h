// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/receivables.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A customer's account (issue 5): every document that moves what the customer owes, in
// date order with a running balance, and the statement of it for a period. Pure: the
// storage reads the documents and the sums before the period, these functions decide
// signs, order and balances.
//
// The balance is what the customer owes net of what they paid ahead:
//   Σ posted invoices + Σ chargebacks − Σ deposits − Σ payments (refunds are negative
//   payments) − Σ credit notes,
// which equals customer_accounts.ar_balance − customer_accounts.unapplied_deposits.
// Deposit applications and allocations only move money between documents, so they are
// no entries of the account.
namespace mostrador::domain {

// Persisted keys of the entries, never translated; listed in their order within a day.
namespace statement_kind {
inline constexpr char16_t kInvoice[] = u"invoice";
inline constexpr char16_t kCreditNote[] = u"credit_note";
inline constexpr char16_t kPayment[] = u"payment";
inline constexpr char16_t kRefund[] = u"refund";
inline constexpr char16_t kDeposit[] = u"deposit";
inline constexpr char16_t kChargeback[] = u"chargeback";
} // namespace statement_kind

// The keys in their order within a day; an unknown key sorts last.
QStringList statementKinds();
int statementKindOrder(QStringView kind);
QString statementKindLabel(QStringView kind);
// "Dispute", "Bounced", "Deduction"; the key itself when unknown.
QString chargebackReasonLabel(QStringView reason);

// One document as the storage reads it, before it is an entry. `amount` is the
// document's own amount: an invoice's or credit note's total, a deposit's or
// chargeback's amount, a payment's amount (negative for a refund).
struct AccountDocument {
    QString kind; // statement_kind keys (a payment row gives payment or refund)
    qint64 id = 0;
    QDate date;
    QString number;
    Money amount;
    QStringList orders;   // an invoice's orders, a deposit's order
    QString method;       // payments, refunds, deposits (payment_method keys)
    QString reference;    // payments, refunds, deposits; a chargeback's payment number
    QString reason;       // chargebacks (chargeback_reason key), credit notes (free text)
    QString returnNumber; // credit notes; a refund's credit note number
    QDate dueDate;        // invoices
    Money open;           // invoices: what is left to pay today
};

// What a document of `kind` for `amount` does to the balance: + raises what the
// customer owes (invoices, chargebacks, refunds), − lowers it (deposits, payments,
// credit notes).
Money accountEffect(QStringView kind, Money amount);

struct StatementEntry {
    QDate date;
    QString kind;
    qint64 id = 0; // in its own table: with the kind, the stable order within a day
    QString number;
    QString description;
    Money debit;               // raises what the customer owes
    Money credit;              // lowers it
    Money balance;             // running, after this entry
    QDate dueDate;             // invoices
    std::optional<Money> open; // invoices: their balance today

    Money effect() const { return debit - credit; }
};

// The entry of a document, its balance not yet run.
StatementEntry statementEntry(const AccountDocument& document);

// Date, then kind (in statementKinds() order), then id.
void sortEntries(QList<StatementEntry>& entries);

// Sets each entry's running balance from `opening`; answers the closing balance.
Money runBalances(Money opening, QList<StatementEntry>& entries);

// Each source's sum over the documents before a period (one SQL aggregate each);
// `payments` nets refunds, which are negative.
struct AccountSums {
    Money invoices;
    Money chargebacks;
    Money deposits;
    Money payments;
    Money creditNotes;

    Money balance() const;
};

// An invalid `from` is since the first document; an invalid `to` takes every document
// from `from` on. Both ends are inclusive.
struct StatementPeriod {
    QDate from;
    QDate to;

    bool contains(const QDate& date) const;
};

// The default period of a statement: from the first day of the month three months
// before `today`'s to `today` (on 17 May: 1 February to 17 May).
StatementPeriod defaultStatementPeriod(const QDate& today);

// Who the statement is for, as the customer file says now.
struct StatementCustomer {
    QString code;
    QString name;
    QString taxId;
    QString billingAddress;
};

struct AccountStatement {
    StatementCustomer customer;
    StatementPeriod period;
    QDate asOf; // what the aging is as of: `to`, or the day it was made
    Money openingBalance;
    QList<StatementEntry> entries;
    Money closingBalance;
    AgingAmounts aging{Currency{}};

    Money debits() const;
    Money credits() const;
    // What the customer owes at the end of the period; nothing when they are in credit.
    Money amountDue() const;
};

// Builds the statement: the entries sorted and run from the opening balance.
AccountStatement accountStatement(const StatementCustomer& customer, const StatementPeriod& period,
                                  const AccountSums& before,
                                  const QList<AccountDocument>& documents);

} // namespace mostrador::domain
