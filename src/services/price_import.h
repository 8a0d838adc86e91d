// SPDX-License-Identifier: MIT
#pragma once

#include "domain/pricing.h"
#include "services/import_table.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace mostrador::storage {
class ImportLookup;
}

namespace mostrador::services::import {

// A price rule read from a file, with the line it came from.
struct PriceRuleLine {
    int line = 0;
    domain::PriceRule rule;
};

const ColumnSpec& priceColumns();
// The CSV column a field named by validatePriceRule or PriceListService belongs to.
QString priceColumnOf(const QString& field);

// Turns the rows of a price rule file into rules, checking every row against the domain
// rules and the price lists, products and customers on file, the way PriceListService
// checks one rule. Every problem is appended to `issues`; only good rows are answered.
// A row naming a rule already on file (same list, target, customer, quantity and dates)
// updates that rule's price or discount when the file is written.
class PriceRowChecker {
public:
    // Loads what the checks compare against, once for the whole file.
    static Result<PriceRowChecker> load(storage::ImportLookup& lookup);

    QList<PriceRuleLine> check(const ImportTable& table, QList<ImportIssue>& issues);

private:
    std::optional<domain::PriceRule> parse(const ImportTable& table, const CsvRecord& row,
                                           RowIssues& issues) const;
    static void parseNumbers(const ImportTable& t, const CsvRecord& row, domain::PriceRule& r,
                             RowIssues& issues);
    static void parseDates(const ImportTable& t, const CsvRecord& row, domain::PriceRule& r,
                           RowIssues& issues);
    void checkReferences(const domain::PriceRule& r, RowIssues& issues) const;
    // Two rows for the same list, target, customer, quantity and dates would leave the
    // price to the order of the rows: the second is refused.
    void checkRepeated(const domain::PriceRule& r, RowIssues& issues);

    QSet<QString> m_priceLists;
    QSet<QString> m_skus;
    QSet<QString> m_customers;
    QHash<QString, int> m_fileRules; // what a rule applies to → line
};

} // namespace mostrador::services::import
