// SPDX-License-Identifier: MIT
// print quote
#include "cli/command.h"
#include "cli/output.h"
#include "cli/values.h"
#include "reports/document_renderer.h"
#include "reports/quotation_document.h"
#include "services/quotation_service.h"

#include <QFileInfo>

namespace mostrador::cli {

using namespace Qt::StringLiterals;

namespace {

// --paper when given, else the company's setting print.paper_size.
Result<reports::PaperSize> paperSize(Session& s, const ParsedArgs& args) {
    if (args.has(u"paper"_s)) {
        auto paper = reports::parsePaperSize(args.value(u"paper"_s));
        if (!paper)
            return fail(optionError(u"paper"_s, paper.error()));
        return *paper;
    }
    auto setting = s.services.settings().value(QString::fromUtf16(domain::setting::kPaperSize));
    if (!setting)
        return fail(setting.error());
    return reports::parsePaperSize(*setting);
}

// The name printed for the customer's terms; the code itself when they are gone.
Result<QString> termsName(Session& s, const QString& code) {
    if (code.isEmpty())
        return QString();
    auto terms = s.services.settings().paymentTerms();
    if (!terms)
        return fail(terms.error());
    for (const domain::PaymentTerms& t : *terms)
        if (t.code == code)
            return t.name;
    return code;
}

Result<Reply> writeDocument(const reports::PrintedDocument& doc, const QString& out,
                            reports::PaperSize paper) {
    auto pages = reports::writePdf(doc, out, paper);
    if (!pages)
        return fail(pages.error());
    const QString file = QFileInfo(out).absoluteFilePath();
    return doneReply(QJsonObject{{u"file"_s, file}, {u"pages"_s, *pages}},
                     trMsg("Wrote %n page(s) to %1", *pages).arg(file));
}

// Amounts and dates in the locale the CLI runs with, as all its text output.
Result<Reply> printQuote(Session& s, const ParsedArgs& args) {
    auto paper = paperSize(s, args);
    if (!paper)
        return fail(paper.error());
    auto quotation = s.services.quotations().get(s.actor, args.positional(0));
    if (!quotation)
        return fail(quotation.error());
    auto company = s.services.settings().company();
    if (!company)
        return fail(company.error());
    auto terms = termsName(s, quotation->party.paymentTermsCode);
    if (!terms)
        return fail(terms.error());
    return writeDocument(reports::quotationDocument(*quotation, *company, *terms, QLocale()),
                         args.value(u"out"_s), *paper);
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
