// SPDX-License-Identifier: MIT
#include "reports/print_job.h"

#include "reports/quotation_document.h"
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

Result<PrintJob> quotationPrintJob(services::SettingsService& settings,
                                   const domain::Quotation& quotation, const QLocale& locale) {
    auto company = settings.company();
    if (!company)
        return fail(company.error());
    auto terms = paymentTermsName(settings, quotation.party.paymentTermsCode);
    if (!terms)
        return fail(terms.error());
    auto paper = paperSetting(settings);
    if (!paper)
        return fail(paper.error());
    auto printed = documentLocale(settings, locale);
    if (!printed)
        return fail(printed.error());
    return PrintJob{quotationDocument(quotation, *company, *terms, *printed), *paper};
}

} // namespace mostrador::reports
