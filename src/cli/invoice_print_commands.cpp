// SPDX-License-Identifier: MIT
// print invoice NUMBER · print invoices (a batch, one PDF per invoice or all in one)
#include "cli/command.h"
#include "cli/document_args.h"
#include "cli/output.h"
#include "cli/values.h"
#include "reports/document_renderer.h"
#include "reports/invoice_print.h"
#include "services/invoice_service.h"

#include <QFileInfo>
#include <QJsonArray>

namespace mostrador::cli {

using namespace Qt::StringLiterals;

QList<Command> invoicePrintCommands();

namespace {

// The paper of --paper, when given; `fallback` (the setting's) otherwise.
Result<reports::PaperSize> paperOf(const ParsedArgs& args, reports::PaperSize fallback) {
    if (!args.has(u"paper"_s))
        return fallback;
    auto parsed = reports::parsePaperSize(args.value(u"paper"_s));
    if (!parsed)
        return fail(optionError(u"paper"_s, parsed.error()));
    return *parsed;
}

// Amounts and dates in the CLI's locale unless the setting print.locale says otherwise.
// A bad --paper is refused before anything is read.
Result<Reply> printInvoice(Session& s, const ParsedArgs& args) {
    if (auto paper = paperOf(args, reports::PaperSize::A4); !paper)
        return fail(paper.error());
    auto invoice = s.services.invoices().get(s.actor, args.positional(0));
    if (!invoice)
        return fail(invoice.error());
    auto job = reports::invoicePrintJob(s.services.settings(), *invoice, QLocale());
    if (!job)
        return fail(job.error());
    const QString out = args.value(u"out"_s);
    auto pages = reports::writePdf(job->doc, out, *paperOf(args, job->paper));
    if (!pages)
        return fail(pages.error());
    const QString file = QFileInfo(out).absoluteFilePath();
    return doneReply(QJsonObject{{u"file"_s, file}, {u"pages"_s, *pages}},
                     trMsg("Wrote %1 (pages: %2)").arg(file).arg(*pages));
}

Result<storage::InvoiceListQuery> batchQuery(const ParsedArgs& args) {
    storage::InvoiceListQuery query;
    query.status = args.value(u"status"_s);
    static const QStringList kStates{QString::fromUtf16(domain::invoice_state::kDraft),
                                     QString::fromUtf16(domain::invoice_state::kPosted),
                                     QString::fromUtf16(domain::invoice_state::kPartiallyPaid),
                                     QString::fromUtf16(domain::invoice_state::kPaid)};
    if (!query.status.isEmpty() && !kStates.contains(query.status))
        return fail(Error::invalid(
            u"cli.bad_status"_s,
            trMsg("--status: “%1” is not one of %2").arg(query.status, kStates.join(u", "_s)),
            u"status"_s));
    query.customerCode = args.value(u"customer"_s);
    if (auto dates = firstError(
            {readIsoDate(args, u"from"_s, query.from), readIsoDate(args, u"to"_s, query.to)});
        !dates)
        return fail(dates.error());
    return query;
}

// The numbers of every invoice the query matches, oldest first, page by page.
Result<QStringList> matchingNumbers(Session& s, storage::InvoiceListQuery query) {
    query.sortKey = u"date"_s;
    query.limit = 500;
    QStringList numbers;
    for (query.offset = 0;; query.offset += query.limit) {
        auto rows = s.services.invoices().list(s.actor, query);
        if (!rows)
            return fail(rows.error());
        for (const storage::InvoiceRow& row : *rows)
            numbers.append(row.number);
        if (rows->size() < query.limit)
            return numbers;
    }
}

Reply batchReply(const reports::BatchOutcome& outcome, const QString& out) {
    QJsonArray files;
    for (const QString& f : outcome.files)
        files.append(f);
    return doneReply(QJsonObject{{u"invoices"_s, outcome.invoices},
                                 {u"pages"_s, outcome.pages},
                                 {u"files"_s, files}},
                     trMsg("Wrote %1 invoices (pages: %2) to %3")
                         .arg(outcome.invoices)
                         .arg(outcome.pages)
                         .arg(QFileInfo(out).absoluteFilePath()));
}

// Every matching invoice as its own PDF in the folder --out, or all in the one PDF
// --out with --one-file; each invoice is read when its turn comes.
Result<Reply> printInvoices(Session& s, const ParsedArgs& args) {
    auto query = batchQuery(args);
    if (!query)
        return fail(query.error());
    auto settings = reports::invoicePrintSettings(s.services.settings(), QLocale());
    if (!settings)
        return fail(settings.error());
    auto paper = paperOf(args, settings->paper);
    if (!paper)
        return fail(paper.error());
    auto numbers = matchingNumbers(s, *query);
    if (!numbers)
        return fail(numbers.error());
    const reports::InvoiceAt invoiceAt = [&](int i) {
        return s.services.invoices().get(s.actor, numbers->at(i));
    };
    const QString out = args.value(u"out"_s);
    auto outcome =
        args.has(u"one-file"_s)
            ? reports::writeInvoiceBook(numbers->size(), invoiceAt, *settings, *paper, out)
            : reports::writeInvoiceFiles(numbers->size(), invoiceAt, *settings, *paper, out);
    if (!outcome)
        return fail(outcome.error());
    return batchReply(*outcome, out);
}

} // namespace

QList<Command> invoicePrintCommands() {
    const ArgsSpec one{
        {valueOption(u"out"_s, u"FILE.pdf"_s, true), valueOption(u"paper"_s, u"a4|letter"_s)},
        1,
        1};
    const ArgsSpec batch{{valueOption(u"out"_s, u"DIR"_s, true),
                          valueOption(u"status"_s, u"STATUS"_s),
                          valueOption(u"customer"_s, u"CODE"_s), valueOption(u"from"_s, u"DATE"_s),
                          valueOption(u"to"_s, u"DATE"_s), valueOption(u"paper"_s, u"a4|letter"_s),
                          flagOption(u"one-file"_s)},
                         0,
                         0};
    return {
        {{u"print"_s, u"invoice"_s},
         u"NUMBER"_s,
         trMsg("Write an invoice (or a draft, marked as such) as a PDF (paper from the setting "
               "print.paper_size unless --paper)."),
         one,
         printInvoice},
        {{u"print"_s, u"invoices"_s},
         QString(),
         trMsg("Write the invoices of a status, customer and dates as one PDF each in the "
               "folder --out, or all in the one PDF --out with --one-file; nothing is written "
               "unless all are."),
         batch,
         printInvoices},
    };
}

} // namespace mostrador::cli
