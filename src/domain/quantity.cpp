// SPDX-License-Identifier: MIT
#include "domain/quantity.h"

namespace mostrador::domain {

Result<Quantity> Quantity::parse(QStringView text, const QLocale& locale) {
    return mapResult(fixed::parse(text, kScale, locale), [](qint64 v) { return Quantity(v); });
}

Result<Quantity> Quantity::parsePlain(QStringView text) {
    return mapResult(fixed::parsePlain(text, kScale), [](qint64 v) { return Quantity(v); });
}

} // namespace mostrador::domain
