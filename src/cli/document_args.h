// SPDX-License-Identifier: MIT
#pragma once

#include "cli/args.h"
#include "services/quotation_service.h"

#include <QDate>

namespace mostrador::cli {

// One `--line SKU:QTY[@PRICE][-DISC%]` of a document: "TOR-M6:10", "TOR-M6:2.5@9.80",
// "TOR-M6:10@9.80-5%", "TOR-M6:10-5%". The SKU may hold dashes; only a trailing "-N%"
// is a discount.
Result<services::LineInput> parseLineSpec(const QString& spec);
// Every --line of the command, in order; an error names the option and the line.
Result<QList<services::LineInput>> readLineSpecs(const ParsedArgs& args);

// An ISO date option (YYYY-MM-DD); left as it is (invalid) when absent.
Status readIsoDate(const ParsedArgs& args, const QString& name, QDate& into);

} // namespace mostrador::cli
