// SPDX-License-Identifier: MIT
// customer account CODE · print statement CODE · print credit-note NUMBER
#include "cli/command.h"
#include "cli/document_args.h"
#include "cli/output.h"
#include "cli/values.h"
#include "reports/credit_note_document.h"
#include "reports/document_renderer.h"
#include "reports/statement_document.h"

#include <QFileInfo>

namespace mostrador::cli {

using namespace Qt::StringLiterals;

QList<Command> accountCommands();
QList<Command> statementPrintCommands();

namespace {

QJsonValue dateJson(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject entryJson(const domain::StatementEntry& e) {
    QJsonObject json{{u"date"_s, dateJson(e.date)},
                     {u"kind"_s, e.kind},
                     {u"number"_s, e.number},
                     {u"description"_s, e.description},
                     {u"debit"_s, e.debit.toPlainString()},
                     {u"credit"_s, e.credit.toPlainString()},
                     {u"balance"_s, e.balance.toPlainString()}};
    if (e.kind == domain::statement_kind::kInvoice) {
        json.insert(u"due_date"_s, dateJson(e.dueDate));
        json.insert(u"open"_s, e.open ? e.open->toPlainString() : QString());
    }
    return json;
}

QJsonObject statementJson(const domain::AccountStatement& s) {
    using B = domain::AgingBucket;
    QJsonArray entries;
    for (const domain::StatementEntry& e : s.entries)
        entries.append(entryJson(e));
    const domain::AgingAmounts& a = s.aging;
    return {{u"customer"_s, s.customer.code},
            {u"customer_name"_s, s.customer.name},
            {u"from"_s, dateJson(s.period.from)},
            {u"to"_s, dateJson(s.period.to)},
            {u"opening_balance"_s, s.openingBalance.toPlainString()},
            {u"entries"_s, entries},
            {u"closing_balance"_s, s.closingBalance.toPlainString()},
            {u"aging"_s, QJsonObject{{u"current"_s, a[B::Current].toPlainString()},
                                     {u"d1_30"_s, a[B::Days1To30].toPlainString()},
                                     {u"d31_60"_s, a[B::Days31To60].toPlainString()},
                                     {u"d61_90"_s, a[B::Days61To90].toPlainString()},
                                     {u"over_90"_s, a[B::Over90].toPlainString()}}}};
}

// --from and --to, each defaulting to the default statement period's end.
Result<domain::StatementPeriod> periodOf(const ParsedArgs& args) {
    domain::StatementPeriod period = domain::defaultStatementPeriod(QDate::currentDate());
    if (auto dates = firstError(
            {readIsoDate(args, u"from"_s, period.from), readIsoDate(args, u"to"_s, period.to)});
        !dates)
        return fail(dates.error());
    return period;
}

Result<domain::AccountStatement> statementOf(Session& s, const ParsedArgs& args) {
    auto period = periodOf(args);
    if (!period)
        return fail(period.error());
    return s.services.statements().statement(s.actor, args.positional(0), *period);
}

// The JSON above; for people, the opening balance, the entries as a table and the end.
Result<Reply> customerAccount(Session& s, const ParsedArgs& args) {
    auto st = statementOf(s, args);
    if (!st)
        return fail(st.error());
    const QJsonObject json = statementJson(*st);
    const QList<Column> columns{{trMsg("Date"), u"date"_s},
                                {trMsg("Kind"), u"kind"_s},
                                {trMsg("Number"), u"number"_s},
                                {trMsg("Description"), u"description"_s},
                                {trMsg("Debit"), u"debit"_s, true},
                                {trMsg("Credit"), u"credit"_s, true},
                                {trMsg("Balance"), u"balance"_s, true}};
    QJsonObject head = json;
    head.remove(u"entries"_s);
    head.remove(u"aging"_s);
    const QString text = renderFields(head, {u"customer"_s, u"customer_name"_s, u"from"_s, u"to"_s,
                                             u"opening_balance"_s}) +
                         u'\n' + renderTable(json.value(u"entries"_s).toArray(), columns);
    return Reply{json, text};
}

Result<Reply> wrote(const Result<reports::PrintJob>& job, const ParsedArgs& args) {
    if (!job)
        return fail(job.error());
    reports::PaperSize paper = job->paper;
    if (args.has(u"paper"_s)) {
        auto parsed = reports::parsePaperSize(args.value(u"paper"_s));
        if (!parsed)
            return fail(optionError(u"paper"_s, parsed.error()));
        paper = *parsed;
    }
    const QString out = args.value(u"out"_s);
    auto pages = reports::writePdf(job->doc, out, paper);
    if (!pages)
        return fail(pages.error());
    const QString file = QFileInfo(out).absoluteFilePath();
    return doneReply(QJsonObject{{u"file"_s, file}, {u"pages"_s, *pages}},
                     trMsg("Wrote %1 (pages: %2)").arg(file).arg(*pages));
}

Result<Reply> printStatement(Session& s, const ParsedArgs& args) {
    auto st = statementOf(s, args);
    if (!st)
        return fail(st.error());
    return wrote(reports::statementPrintJob(s.services.settings(), *st, QLocale()), args);
}

Result<Reply> printCreditNote(Session& s, const ParsedArgs& args) {
    auto note = s.services.returns().creditNote(s.actor, args.positional(0));
    if (!note)
        return fail(note.error());
    return wrote(reports::creditNotePrintJob(s.services.settings(), *note, QLocale()), args);
}

const ArgsSpec kPeriodArgs{
    {valueOption(u"from"_s, u"DATE"_s), valueOption(u"to"_s, u"DATE"_s)}, 1, 1};

} // namespace

QList<Command> accountCommands() {
    return {{{u"customer"_s, u"account"_s},
             u"CODE"_s,
             trMsg("Show a customer's account: every posted invoice, credit note, deposit, "
                   "payment, refund and chargeback from --from to --to (both included; by "
                   "default from the first day of the month three months ago to today) in "
                   "date order with the running balance, the opening and closing balances "
                   "and the aging as of --to."),
             kPeriodArgs,
             customerAccount}};
}

QList<Command> statementPrintCommands() {
    ArgsSpec statement = kPeriodArgs;
    statement.options +=
        {valueOption(u"out"_s, u"FILE.pdf"_s, true), valueOption(u"paper"_s, u"a4|letter"_s)};
    const ArgsSpec one{
        {valueOption(u"out"_s, u"FILE.pdf"_s, true), valueOption(u"paper"_s, u"a4|letter"_s)},
        1,
        1};
    return {
        {{u"print"_s, u"statement"_s},
         u"CODE"_s,
         trMsg("Write a customer's statement of account for --from to --to as a PDF (by "
               "default from the first day of the month three months ago to today; paper "
               "from the setting print.paper_size unless --paper)."),
         statement,
         printStatement},
        {{u"print"_s, u"credit-note"_s},
         u"NUMBER"_s,
         trMsg("Write a credit note as a PDF (paper from the setting print.paper_size unless "
               "--paper)."),
         one,
         printCreditNote},
    };
}

} // namespace mostrador::cli
