// SPDX-License-Identifier: MIT
#pragma once

#include "cli/args.h"
#include "services/payment_service.h"

namespace mostrador::cli {

// The repeatable `--invoice NUMBER[:AMOUNT]` of the commands that allocate money
// (payment add, payment allocate, credit-note allocate); no amount = what the invoice owes.
Result<QList<services::AllocationRequest>> readAllocations(const ParsedArgs& args,
                                                           domain::Currency currency);

} // namespace mostrador::cli
