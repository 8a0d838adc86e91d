// SPDX-License-Identifier: MIT
#include "domain/settings.h"

#include "domain/customer.h"

namespace mostrador::domain {

QList<PaymentTerms::Installment> PaymentTerms::schedule(QDate invoiceDate, Money total) const {
    QList<Installment> out;
    const QList<int> due = days.isEmpty() ? QList<int>{0} : days;
    const qint64 n = due.size();
    const qint64 share = total.minor() / n;
    qint64 given = 0;
    for (qsizetype i = 0; i < due.size(); ++i) {
        const qint64 amount = (i + 1 == due.size()) ? total.minor() - given : share;
        given += amount;
        out.append({invoiceDate.addDays(due[i]), Money::fromMinor(amount, total.currency())});
    }
    return out;
}

Status validateTaxRate(const TaxRate& rate) {
    if (!isValidCode(rate.code))
        return fail(Error::invalid(
            QStringLiteral("tax.code_invalid"),
            trMsg("Tax code “%1”: use up to 20 capital letters, digits, '-', '_' or '.'")
                .arg(rate.code),
            QStringLiteral("code")));
    if (rate.rate.basisPoints() < 0 || rate.rate.basisPoints() > 10000)
        return fail(Error::invalid(QStringLiteral("tax.rate_range"),
                                   trMsg("A tax rate must be between 0 and 100 %"),
                                   QStringLiteral("rate")));
    return {};
}

Result<QList<int>> parseTermDays(QStringView text) {
    QList<int> days;
    for (QStringView part : text.split(u',')) {
        bool ok = false;
        const int d = part.trimmed().toInt(&ok);
        if (!ok || d < 0 || d > 365 || (!days.isEmpty() && d <= days.last()))
            return fail(Error::invalid(QStringLiteral("terms.days_invalid"),
                                       trMsg("Payment days “%1”: give ascending whole days from 0 "
                                             "to 365, separated by commas")
                                           .arg(text.toString()),
                                       QStringLiteral("days")));
        days.append(d);
    }
    return days;
}

QString formatTermDays(const QList<int>& days) {
    QStringList parts;
    for (int d : days)
        parts.append(QString::number(d));
    return parts.join(u',');
}

Status validatePaymentTerms(const PaymentTerms& terms) {
    if (!isValidCode(terms.code))
        return fail(Error::invalid(
            QStringLiteral("terms.code_invalid"),
            trMsg("Terms code “%1”: use up to 20 capital letters, digits, '-', '_' or '.'")
                .arg(terms.code),
            QStringLiteral("code")));
    if (terms.days.isEmpty())
        return fail(Error::invalid(QStringLiteral("terms.days_required"),
                                   trMsg("Give at least one due day"), QStringLiteral("days")));
    if (auto days = parseTermDays(formatTermDays(terms.days)); !days)
        return fail(days.error());
    return {};
}

namespace {

struct SettingSpec {
    const char16_t* key;
    const char16_t* defaultValue;
    const char16_t* choices; // "a|b", or empty for a non-negative integer
};

constexpr SettingSpec kSpecs[] = {
    {setting::kTaxRounding, u"line", u"line|global"},
    {setting::kBlockOverdueDays, u"30", u""},
    {setting::kAllowBackorders, u"true", u"true|false"},
    {setting::kInvoicePolicy, u"shipment", u"shipment|order"},
    // VAT on advance payments: a deposit is invoiced with its tax at once (advance_vat.h).
    {setting::kAdvanceVat, u"false", u"true|false"},
    {setting::kQuoteValidityDays, u"30", u""},
    {setting::kPaperSize, u"a4", u"a4|letter"},
    // How printed documents write amounts and dates; empty: as the person printing.
    {setting::kDocumentLocale, u"", u"|es_ES|es_MX|es_AR|en_US|en_GB|fr_FR|pt_PT|de_DE|it_IT"},
    {setting::kDefaultTax, u"", nullptr},
    {setting::kDefaultTerms, u"", nullptr},
};

const SettingSpec* findSpec(QStringView key) {
    for (const SettingSpec& s : kSpecs)
        if (key == QStringView(s.key))
            return &s;
    return nullptr;
}

} // namespace

QString defaultSettingValue(QStringView key) {
    const SettingSpec* spec = findSpec(key);
    return spec ? QString::fromUtf16(spec->defaultValue) : QString();
}

QStringList knownSettingKeys() {
    QStringList keys;
    for (const SettingSpec& s : kSpecs)
        keys.append(QString::fromUtf16(s.key));
    return keys;
}

bool isKnownSetting(QStringView key) {
    return findSpec(key) != nullptr;
}

QStringList settingChoices(QStringView key) {
    const SettingSpec* spec = findSpec(key);
    if (!spec || !spec->choices || !*spec->choices)
        return {};
    return QString::fromUtf16(spec->choices).split(u'|');
}

Status validateSetting(QStringView key, QStringView value) {
    const SettingSpec* spec = findSpec(key);
    if (!spec)
        return fail(Error::invalid(QStringLiteral("setting.unknown"),
                                   trMsg("Unknown setting “%1”; known: %2")
                                       .arg(key.toString(), knownSettingKeys().join(u", ")),
                                   QStringLiteral("key")));
    if (!spec->choices)
        return {};
    const QString choices = QString::fromUtf16(spec->choices);
    if (choices.isEmpty()) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (ok && n >= 0)
            return {};
    } else if (choices.split(u'|').contains(value.toString())) {
        return {};
    }
    return fail(Error::invalid(QStringLiteral("setting.value_invalid"),
                               trMsg("“%1” is not a valid value for %2 (%3)")
                                   .arg(value.toString(), key.toString(),
                                        choices.isEmpty() ? trMsg("a whole number") : choices),
                               QStringLiteral("value")));
}

} // namespace mostrador::domain
