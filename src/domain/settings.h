// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/money.h"
#include "domain/percent.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace mostrador::domain {

struct CompanyProfile {
    QString name;
    QString address;
    QString taxId;
    QString email;
    QString phone;
    QByteArray logoPng;
    Currency currency;
    friend bool operator==(const CompanyProfile&, const CompanyProfile&) = default;
};

struct TaxRate {
    QString code; // "IVA21", "EXEMPT"
    QString name;
    Percent rate;
    friend bool operator==(const TaxRate&, const TaxRate&) = default;
};

// Payment terms as days after the invoice date, one entry per installment:
// {0} immediate, {30} net 30, {30, 60, 90} three equal installments.
struct PaymentTerms {
    QString code;
    QString name;
    QList<int> days;
    friend bool operator==(const PaymentTerms&, const PaymentTerms&) = default;

    // The due dates and amounts of `total`; the rounding remainder goes to the last one.
    struct Installment {
        QDate due;
        Money amount;
    };
    QList<Installment> schedule(QDate invoiceDate, Money total) const;
};

Status validateTaxRate(const TaxRate& rate);
Status validatePaymentTerms(const PaymentTerms& terms);
// "30,60,90" → {30, 60, 90}; days must be 0..365 and ascending.
Result<QList<int>> parseTermDays(QStringView text);
QString formatTermDays(const QList<int>& days);

// Keys of the key-value settings table, with their defaults and allowed values.
namespace setting {
inline constexpr char16_t kTaxRounding[] = u"tax.rounding";                   // line | global
inline constexpr char16_t kBlockOverdueDays[] = u"credit.block_overdue_days"; // integer ≥ 0
inline constexpr char16_t kAllowBackorders[] = u"stock.allow_backorders";     // true | false
inline constexpr char16_t kInvoicePolicy[] = u"invoice.policy";               // shipment | order
inline constexpr char16_t kAdvanceVat[] = u"invoice.advance_vat";             // true | false
inline constexpr char16_t kQuoteValidityDays[] = u"quote.validity_days";      // integer ≥ 1
inline constexpr char16_t kPaperSize[] = u"print.paper_size";                 // a4 | letter
inline constexpr char16_t kDocumentLocale[] = u"print.locale";    // "" (the user's) | es_ES | …
inline constexpr char16_t kDefaultTax[] = u"product.default_tax"; // tax code
inline constexpr char16_t kDefaultTerms[] = u"customer.default_terms"; // terms code
} // namespace setting

QString defaultSettingValue(QStringView key);
// Checks a value for a known key; unknown keys are refused.
Status validateSetting(QStringView key, QStringView value);
QStringList knownSettingKeys();
bool isKnownSetting(QStringView key);
// The values a setting may take, when it is one of a list ("a4", "letter"); else empty.
QStringList settingChoices(QStringView key);

} // namespace mostrador::domain
