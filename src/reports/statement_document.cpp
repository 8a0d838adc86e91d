// SPDX-License-Identifier: MIT
#include "reports/statement_document.h"

#include "reports/document_text.h"
#include "reports/invoice_print.h"

namespace mostrador::reports {

using namespace domain;

namespace {

QString periodText(const StatementPeriod& p, const QLocale& locale) {
    if (!p.from.isValid() && !p.to.isValid())
        return trMsg("All documents");
    if (!p.from.isValid())
        return trMsg("Up to %1").arg(printedDate(p.to, locale));
    if (!p.to.isValid())
        return trMsg("From %1").arg(printedDate(p.from, locale));
    return trMsg("%1 – %2").arg(printedDate(p.from, locale), printedDate(p.to, locale));
}

QList<Field> fieldsOf(const AccountStatement& s, const QLocale& locale) {
    return {{trMsg("Date"), printedDate(s.asOf, locale)},
            {trMsg("Period"), periodText(s.period, locale)},
            {trMsg("Customer"), s.customer.code},
            {trMsg("Currency"), s.openingBalance.currency().code()}};
}

AddressBlock customerBlock(const StatementCustomer& c) {
    AddressBlock block{trMsg("Customer"), {c.name}};
    block.lines += nonEmptyLines(c.billingAddress);
    if (!c.taxId.isEmpty())
        block.lines.append(trMsg("Tax ID: %1").arg(c.taxId));
    return block;
}

QString amountCell(const Money& m, const QLocale& locale) {
    return m.isZero() ? QString() : m.toNumberString(locale);
}

// An invoice says when it falls due, and what is left of it when partly paid.
QString descriptionOf(const StatementEntry& e, const QLocale& locale) {
    QStringList parts;
    if (!e.description.isEmpty())
        parts.append(e.description);
    if (e.dueDate.isValid())
        parts.append(trMsg("due %1").arg(printedDate(e.dueDate, locale)));
    if (e.open && !e.open->isZero() && *e.open != e.debit)
        parts.append(trMsg("open %1").arg(e.open->toNumberString(locale)));
    return parts.join(QStringLiteral(" · "));
}

Table entriesOf(const AccountStatement& s, const QLocale& locale) {
    Table t;
    t.columns = {{trMsg("Date"), Align::Left, 1.6},         {trMsg("Document"), Align::Left, 2.7},
                 {trMsg("Description"), Align::Left, 2.55}, {trMsg("Debit"), Align::Right, 1.45},
                 {trMsg("Credit"), Align::Right, 1.45},     {trMsg("Balance"), Align::Right, 1.55}};
    t.rows.append({printedDate(s.period.from, locale), QString(), trMsg("Opening balance"),
                   QString(), QString(), s.openingBalance.toNumberString(locale)});
    for (const StatementEntry& e : s.entries)
        t.rows.append({printedDate(e.date, locale), statementKindLabel(e.kind) + u' ' + e.number,
                       descriptionOf(e, locale), amountCell(e.debit, locale),
                       amountCell(e.credit, locale), e.balance.toNumberString(locale)});
    return t;
}

QList<TotalRow> totalsOf(const AccountStatement& s, const QLocale& locale) {
    QList<TotalRow> rows{{trMsg("Opening balance"), s.openingBalance.toString(locale)},
                         {trMsg("Debits"), s.debits().toString(locale)},
                         {trMsg("Credits"), (-s.credits()).toString(locale)},
                         {trMsg("Closing balance"), s.closingBalance.toString(locale), true}};
    if (s.closingBalance.isNegative())
        rows.append({trMsg("Credit in your favour"), (-s.closingBalance).toString(locale)});
    rows.append({trMsg("Amount due"), s.amountDue().toString(locale), true});
    return rows;
}

ExtraBlock agingOf(const AccountStatement& s, const QLocale& locale) {
    using B = AgingBucket;
    const AgingAmounts& a = s.aging;
    return {trMsg("Aging as of %1").arg(printedDate(s.asOf, locale)),
            {{trMsg("Current"), a[B::Current].toString(locale)},
             {trMsg("1–30 days"), a[B::Days1To30].toString(locale)},
             {trMsg("31–60 days"), a[B::Days31To60].toString(locale)},
             {trMsg("61–90 days"), a[B::Days61To90].toString(locale)},
             {trMsg("Over 90 days"), a[B::Over90].toString(locale)},
             {trMsg("Total"), a.total().toString(locale)}},
            {}};
}

} // namespace

PrintedDocument statementDocument(const AccountStatement& s, const CompanyProfile& company,
                                  const QLocale& locale) {
    PrintedDocument doc;
    doc.title = trMsg("Statement");
    doc.number = s.customer.code;
    doc.company = companyHeader(company);
    doc.fields = fieldsOf(s, locale);
    doc.addresses = {customerBlock(s.customer)};
    doc.lines = entriesOf(s, locale);
    doc.totals = totalsOf(s, locale);
    doc.extras = {agingOf(s, locale)};
    return doc;
}

Result<PrintJob> statementPrintJob(services::SettingsService& settings,
                                   const AccountStatement& statement, const QLocale& locale) {
    auto job = invoicePrintSettings(settings, locale); // company, paper and document locale
    if (!job)
        return fail(job.error());
    return PrintJob{statementDocument(statement, job->company, job->locale), job->paper};
}

QString statementFileName(const AccountStatement& s) {
    QString name = trMsg("Statement") + u'-' + s.customer.code + u'-' +
                   s.asOf.toString(Qt::ISODate) + QStringLiteral(".pdf");
    for (QChar& c : name)
        if (!c.isLetterOrNumber() && c != u'.' && c != u'-' && c != u'_')
            c = u'_';
    return name;
}

} // namespace mostrador::reports
