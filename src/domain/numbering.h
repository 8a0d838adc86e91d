// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <QString>

namespace mostrador::domain {

// Document kinds that own a number series; the keys are persisted, never translated.
namespace series {
inline constexpr char16_t kCustomer[] = u"customer";
inline constexpr char16_t kQuotation[] = u"quotation";
inline constexpr char16_t kOrder[] = u"order";
inline constexpr char16_t kShipment[] = u"shipment";
inline constexpr char16_t kInvoice[] = u"invoice";
inline constexpr char16_t kCreditNote[] = u"credit_note";
inline constexpr char16_t kPayment[] = u"payment";
inline constexpr char16_t kReturn[] = u"return";
} // namespace series

// A series format such as "INV-{YYYY}-{#####}": {YYYY} and {YY} are the year,
// a run of '#' in braces is the counter padded to that width.
Status validateSeriesFormat(QStringView format);
QString formatDocumentNumber(QStringView format, int year, qint64 counter);
// Whether the counter restarts each year (the format shows the year).
bool seriesResetsYearly(QStringView format);

} // namespace mostrador::domain
