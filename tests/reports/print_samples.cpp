// SPDX-License-Identifier: MIT
// print_samples OUTDIR [LINES] [LOCALE]: writes the sample quotation (60 lines, es_ES by
// default) as quotation-a4.pdf and quotation-letter.pdf, to look at page by page
// (pdftoppm -r 60 -png). Not a test.
#include "reports/document_renderer.h"
#include "reports/quotation_document.h"
#include "sample_quotation.h"

#include <QDir>
#include <QGuiApplication>
#include <cstdio>

using namespace mostrador;

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: print_samples OUTDIR [LINES] [LOCALE]\n");
        return 2;
    }
    const QDir out(args[1]);
    const int lines = args.size() > 2 ? args[2].toInt() : 60;
    const QLocale locale(args.size() > 3 ? args[3] : QStringLiteral("es_ES"));
    const reports::PrintedDocument doc = reports::quotationDocument(
        test::sampleQuotation(lines, 2), test::sampleCompany(), QStringLiteral("30 días"), locale);
    for (auto paper : {reports::PaperSize::A4, reports::PaperSize::Letter}) {
        const QString path =
            out.filePath(QStringLiteral("quotation-%1.pdf").arg(reports::paperSizeKey(paper)));
        auto pages = reports::writePdf(doc, path, paper);
        if (!pages)
            return 1;
        std::printf("%s: %d pages\n", qPrintable(path), *pages);
    }
    return 0;
}
