// SPDX-License-Identifier: MIT
// print quote
#include "cli/command.h"
#include "cli/output.h"
#include "cli/values.h"
#include "reports/document_renderer.h"
#include "reports/print_job.h"
#include "services/quotation_service.h"

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

// Amounts and dates in the locale the CLI runs with, as all its text output; the paper
// of the setting unless --paper.
Result<Reply> printQuote(Session& s, const ParsedArgs& args) {
    std::optional<reports::PaperSize> paper;
    if (args.has(u"paper"_s)) {
        auto parsed = reports::parsePaperSize(args.value(u"paper"_s));
        if (!parsed)
            return fail(optionError(u"paper"_s, parsed.error()));
        paper = *parsed;
    }
    auto quotation = s.services.quotations().get(s.actor, args.positional(0));
    if (!quotation)
        return fail(quotation.error());
    auto job = reports::quotationPrintJob(s.services.settings(), *quotation, QLocale());
    if (!job)
        return fail(job.error());
    return writeDocument(job->doc, args.value(u"out"_s), paper.value_or(job->paper));
}

} // namespace

QList<Command> printCommands() {
    const ArgsSpec printArgs{
        {valueOption(u"out"_s, u"FILE.pdf"_s, true), valueOption(u"paper"_s, u"a4|letter"_s)},
        1,
        1};
    return {
        {{u"print"_s, u"quote"_s},
         u"NUMBER"_s,
         trMsg("Write a quotation as a PDF (paper from the setting print.paper_size unless "
               "--paper)."),
         printArgs,
         printQuote},
    };
}

} // namespace mostrador::cli
