// SPDX-License-Identifier: MIT
// print_samples OUTDIR [LINES] [LOCALE]: writes the sample quotation (60 lines, es_ES by
// default) as quotation-a4.pdf and quotation-letter.pdf, the sample order of as many
// lines with a 30 % deposit as order-confirmation.pdf, and a shipment of its first eight
// lines as delivery-note.pdf and bill-of-lading.pdf, to look at page by page
// (pdftoppm -r 60 -png). Not a test.
#include "reports/document_renderer.h"
#include "reports/order_document.h"
#include "reports/quotation_document.h"
#include "reports/shipment_documents.h"
#include "sample_orders.h"
#include "sample_quotation.h"

#include <QDir>
#include <QGuiApplication>
#include <cstdio>

using namespace mostrador;

namespace {

bool write(const reports::PrintedDocument& doc, const QString& path, reports::PaperSize paper) {
    auto pages = reports::writePdf(doc, path, paper);
    if (!pages)
        return false;
    std::printf("%s: %d pages\n", qPrintable(path), *pages);
    return true;
}

} // namespace

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
    const domain::CompanyProfile company = test::sampleCompany();
    const reports::PrintedDocument quotation = reports::quotationDocument(
        test::sampleQuotation(lines, 2), company, QStringLiteral("30 días"), locale);
    for (auto paper : {reports::PaperSize::A4, reports::PaperSize::Letter}) {
        const QString name = QStringLiteral("quotation-%1.pdf").arg(reports::paperSizeKey(paper));
        if (!write(quotation, out.filePath(name), paper))
            return 1;
    }
    domain::SalesOrder order = test::sampleOrder(lines);
    order.deposits = order.total.times(domain::Percent::fromWhole(30));
    const domain::Shipment shipment = test::sampleShipment(order, 8);
    const QList<std::pair<const char*, reports::PrintedDocument>> documents{
        {"order-confirmation.pdf",
         reports::orderDocument(order, company, QStringLiteral("30 días"), locale)},
        {"delivery-note.pdf", reports::deliveryNoteDocument(shipment, order, company, locale)},
        {"bill-of-lading.pdf", reports::billOfLadingDocument(shipment, order, company, locale)}};
    for (const auto& [name, doc] : documents)
        if (!write(doc, out.filePath(QString::fromLatin1(name)), reports::PaperSize::A4))
            return 1;
    return 0;
}
