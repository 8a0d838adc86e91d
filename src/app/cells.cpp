// SPDX-License-Identifier: MIT
#include "app/cells.h"

namespace mostrador::app::cells {

Cell money(domain::Money amount, const QLocale& locale) {
    return {amount.toString(locale), amount.minor(), amount.toPlainString()};
}

Cell optionalMoney(std::optional<qint64> minor, domain::Currency currency, const QLocale& locale) {
    if (!minor)
        return {};
    return money(domain::Money::fromMinor(*minor, currency), locale);
}

Cell price(domain::UnitPrice price, domain::Currency currency, const QLocale& locale) {
    return {price.toString(locale, currency), price.tenThousandths(),
            price.toPlainString(currency)};
}

Cell quantity(domain::Quantity qty, const QLocale& locale) {
    return {qty.toString(locale), qty.thousandths(), qty.toPlainString()};
}

Cell untracked() {
    return {QStringLiteral("—"), {}, {}};
}

} // namespace mostrador::app::cells
