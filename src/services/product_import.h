// SPDX-License-Identifier: MIT
#pragma once

#include "domain/product.h"
#include "services/import_table.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace mostrador::storage {
class ImportLookup;
}

namespace mostrador::services::import {

// A product read from a file, with its opening stock and the line it came from.
struct ProductLine {
    int line = 0;
    domain::Product product;
    std::optional<domain::Quantity> initialStock;
};

const ColumnSpec& productColumns();
// The CSV column a field named by ProductService or validateProduct belongs to.
QString productColumnOf(const QString& field);

// Turns the rows of a product file into products, checking every row against the
// domain rules, the tax rates on file and the SKUs already used, in the file and in
// the database. Every problem is appended to `issues`; only good rows are answered.
class ProductRowChecker {
public:
    static Result<ProductRowChecker> load(storage::ImportLookup& lookup);

    QList<ProductLine> check(const ImportTable& table, QList<ImportIssue>& issues);

private:
    std::optional<ProductLine> parse(const ImportTable& table, const CsvRecord& row,
                                     RowIssues& issues);
    void parseNumbers(const ImportTable& t, const CsvRecord& row, ProductLine& p,
                      RowIssues& issues);
    void checkStock(const ProductLine& p, RowIssues& issues);
    void checkReferences(const domain::Product& p, RowIssues& issues);

    QSet<QString> m_taxCodes;
    QSet<QString> m_storedSkus;
    QHash<QString, int> m_fileSkus; // sku → line
};

} // namespace mostrador::services::import
