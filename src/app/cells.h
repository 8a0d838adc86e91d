// SPDX-License-Identifier: MIT
#pragma once

#include "app/table_source.h"
#include "domain/money.h"
#include "domain/quantity.h"
#include "domain/unit_price.h"

#include <optional>

namespace mostrador::app::cells {

// Cells for the value types: the locale's display, the integer as raw value (exact
// sorting) and the machine form for exports.
Cell money(domain::Money amount, const QLocale& locale);
// No value (e.g. no credit limit) is an empty cell.
Cell optionalMoney(std::optional<qint64> minor, domain::Currency currency, const QLocale& locale);
Cell price(domain::UnitPrice price, domain::Currency currency, const QLocale& locale);
Cell quantity(domain::Quantity qty, const QLocale& locale);
// A product that keeps no stock shows a dash instead of a quantity.
Cell untracked();

} // namespace mostrador::app::cells
