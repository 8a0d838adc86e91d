// SPDX-License-Identifier: MIT
#pragma once

#include "cli/args.h"
#include "domain/money.h"
#include "domain/percent.h"
#include "domain/quantity.h"
#include "domain/unit_price.h"
#include "storage/list_query.h"

#include <initializer_list>
#include <optional>

namespace mostrador::cli {

// Readers of command-line values in the plain machine form ("1234.50", "-2.5"). Each
// leaves its target alone when the option is absent, and names the option in its
// error ("--price: “abc” is not a valid number").
Status readMoney(const ParsedArgs& args, const QString& name, domain::Currency currency,
                 std::optional<domain::Money>& into);
Status readPrice(const ParsedArgs& args, const QString& name, domain::UnitPrice& into);
Status readQuantity(const ParsedArgs& args, const QString& name, domain::Quantity& into);
Status readQuantity(const ParsedArgs& args, const QString& name,
                    std::optional<domain::Quantity>& into);
Status readPercent(const ParsedArgs& args, const QString& name, domain::Percent& into);
// A whole number from `min` to `max`.
Status readInt(const ParsedArgs& args, const QString& name, int min, int max, int& into);

// The `--search TEXT` and `--limit N` of a list command.
Result<storage::ListQuery> readListQuery(const ParsedArgs& args);

// The first error of several independent reads, or success.
Status firstError(std::initializer_list<Status> results);

// An Invalid error about one option: "--NAME: message".
Error optionError(const QString& name, const Error& cause);

} // namespace mostrador::cli
