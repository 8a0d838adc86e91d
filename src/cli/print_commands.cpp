// SPDX-License-Identifier: MIT
// print quote|order|delivery-note|bol
#include "cli/command.h"
#include "cli/output.h"
#include "cli/values.h"
#include "reports/document_renderer.h"
#include "reports/print_job.h"
#include "services/quotation_service.h"
#include "services/sales_order_service.h"
#include "services/shipment_service.h"

#include <QFileInfo>

namespace mostrador::cli {

using namespace Qt::StringLiterals;

namespace {

Result<Reply> writeDocument(const reports::PrintedDocument& doc, const QString& out,
                            reports::PaperSize paper) {
    auto pages = reports::writePdf(doc, out, paper);
    if (!pages)
        return fail(pages.error());
    const QString file = QFileInfo(out).absoluteFilePath();
    return doneReply(QJsonObject{{u"file"_s, file}, {u"pages"_s, *pages}},
                     trMsg("Wrote %1 (pages: %2)").arg(file).arg(*pages));
}

// The paper of --paper, when given; the setting's otherwise.
Result<std::optional<reports::PaperSize>> paperOption(const ParsedArgs& args) {
    if (!args.has(u"paper"_s))
        return std::optional<reports::PaperSize>();
    auto parsed = reports::parsePaperSize(args.value(u"paper"_s));
    if (!parsed)
        return fail(optionError(u"paper"_s, parsed.error()));
    return std::optional<reports::PaperSize>(*parsed);
}

// Writes the job's document on --paper or the job's paper.
Result<Reply> writeJob(const Result<reports::PrintJob>& job, const ParsedArgs& args) {
    if (!job)
        return fail(job.error());
    auto paper = paperOption(args);
    if (!paper)
        return fail(paper.error());
    return writeDocument(job->doc, args.value(u"out"_s), paper->value_or(job->paper));
}

// Amounts and dates in the locale the CLI runs with, as all its text output (unless the
// company setting print.locale says otherwise); the paper of the setting unless --paper.
// A bad --paper is refused before anything is read.
Result<Reply> printQuote(Session& s, const ParsedArgs& args) {
    if (auto paper = paperOption(args); !paper)
        return fail(paper.error());
    auto quotation = s.services.quotations().get(s.actor, args.positional(0));
    if (!quotation)
        return fail(quotation.error());
    return writeJob(reports::quotationPrintJob(s.services.settings(), *quotation, QLocale()), args);
}

Result<Reply> printOrder(Session& s, const ParsedArgs& args) {
    if (auto paper = paperOption(args); !paper)
        return fail(paper.error());
    auto order = s.services.orders().get(s.actor, args.positional(0));
    if (!order)
        return fail(order.error());
    return writeJob(reports::orderPrintJob(s.services.settings(), *order, QLocale()), args);
}

// A shipment's paper, with the order it ships from.
using ShipmentJob = Result<reports::PrintJob> (*)(services::SettingsService&,
                                                  const domain::Shipment&,
                                                  const domain::SalesOrder&, const QLocale&);

Result<Reply> printShipmentPaper(Session& s, const ParsedArgs& args, ShipmentJob makeJob) {
    if (auto paper = paperOption(args); !paper)
        return fail(paper.error());
    auto shipment = s.services.shipments().get(s.actor, args.positional(0));
    if (!shipment)
        return fail(shipment.error());
    auto order = s.services.orders().get(s.actor, shipment->orderNumber);
    if (!order)
        return fail(order.error());
    return writeJob(makeJob(s.services.settings(), *shipment, *order, QLocale()), args);
}

Result<Reply> printDeliveryNote(Session& s, const ParsedArgs& args) {
    return printShipmentPaper(s, args, reports::deliveryNotePrintJob);
}

Result<Reply> printBillOfLading(Session& s, const ParsedArgs& args) {
    return printShipmentPaper(s, args, reports::billOfLadingPrintJob);
}

} // namespace

// print invoice|invoices (invoice_print_commands.cpp)
QList<Command> invoicePrintCommands();

QList<Command> printCommands() {
    const ArgsSpec printArgs{
        {valueOption(u"out"_s, u"FILE.pdf"_s, true), valueOption(u"paper"_s, u"a4|letter"_s)},
        1,
        1};
    QList<Command> commands{
        {{u"print"_s, u"quote"_s},
         u"NUMBER"_s,
         trMsg("Write a quotation as a PDF (paper from the setting print.paper_size unless "
               "--paper)."),
         printArgs,
         printQuote},
        {{u"print"_s, u"order"_s},
         u"NUMBER"_s,
         trMsg("Write an order confirmation as a PDF (paper from the setting print.paper_size "
               "unless --paper)."),
         printArgs,
         printOrder},
        {{u"print"_s, u"delivery-note"_s},
         u"SHIPMENT"_s,
         trMsg("Write a shipment's delivery note as a PDF, without prices (paper from the "
               "setting print.paper_size unless --paper)."),
         printArgs,
         printDeliveryNote},
        {{u"print"_s, u"bol"_s},
         u"SHIPMENT"_s,
         trMsg("Write a shipment's bill of lading as a PDF (paper from the setting "
               "print.paper_size unless --paper)."),
         printArgs,
         printBillOfLading},
    };
    return commands + invoicePrintCommands();
}

} // namespace mostrador::cli
