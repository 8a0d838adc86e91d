// SPDX-License-Identifier: MIT
#include "reports/print_job.h"

#include "reports/order_document.h"
#include "reports/quotation_document.h"
#include "reports/shipment_documents.h"
#include "services/settings_service.h"

namespace mostrador::reports {

Result<PaperSize> paperSetting(services::SettingsService& settings) {
    auto value = settings.value(QString::fromUtf16(domain::setting::kPaperSize));
    if (!value)
        return fail(value.error());
    return parsePaperSize(*value);
}

Result<QString> paymentTermsName(services::SettingsService& settings, const QString& code) {
    if (code.isEmpty())
        return QString();
    auto terms = settings.paymentTerms();
    if (!terms)
        return fail(terms.error());
    for (const domain::PaymentTerms& t : *terms)
        if (t.code == code)
            return t.name;
    return code;
}

Result<QLocale> documentLocale(services::SettingsService& settings, const QLocale& fallback) {
    auto value = settings.value(QString::fromUtf16(domain::setting::kDocumentLocale));
    if (!value)
        return fail(value.error());
    return value->isEmpty() ? fallback : QLocale(*value);
}

namespace {

// What every document's job takes from the settings besides the document itself.
struct JobSettings {
    domain::CompanyProfile company;
    PaperSize paper = PaperSize::A4;
    QLocale locale;
};

Result<JobSettings> jobSettings(services::SettingsService& settings, const QLocale& locale) {
    auto company = settings.company();
    if (!company)
        return fail(company.error());
    auto paper = paperSetting(settings);
    if (!paper)
        return fail(paper.error());
    auto printed = documentLocale(settings, locale);
    if (!printed)
        return fail(printed.error());
    return JobSettings{*company, *paper, *printed};
}

} // namespace

Result<PrintJob> quotationPrintJob(services::SettingsService& settings,
                                   const domain::Quotation& quotation, const QLocale& locale) {
    auto terms = paymentTermsName(settings, quotation.party.paymentTermsCode);
    if (!terms)
        return fail(terms.error());
    auto job = jobSettings(settings, locale);
    if (!job)
        return fail(job.error());
    return PrintJob{quotationDocument(quotation, job->company, *terms, job->locale), job->paper};
}

Result<PrintJob> orderPrintJob(services::SettingsService& settings, const domain::SalesOrder& order,
                               const QLocale& locale) {
    auto terms = paymentTermsName(settings, order.party.paymentTermsCode);
    if (!terms)
        return fail(terms.error());
    auto job = jobSettings(settings, locale);
    if (!job)
        return fail(job.error());
    return PrintJob{orderDocument(order, job->company, *terms, job->locale), job->paper};
}

Result<PrintJob> deliveryNotePrintJob(services::SettingsService& settings,
                                      const domain::Shipment& shipment,
                                      const domain::SalesOrder& order, const QLocale& locale) {
    auto job = jobSettings(settings, locale);
    if (!job)
        return fail(job.error());
    return PrintJob{deliveryNoteDocument(shipment, order, job->company, job->locale), job->paper};
}

Result<PrintJob> billOfLadingPrintJob(services::SettingsService& settings,
                                      const domain::Shipment& shipment,
                                      const domain::SalesOrder& order, const QLocale& locale) {
    auto job = jobSettings(settings, locale);
    if (!job)
        return fail(job.error());
    return PrintJob{billOfLadingDocument(shipment, order, job->company, job->locale), job->paper};
}

} // namespace mostrador::reports
