// SPDX-License-Identifier: MIT
#include "services/product_import.h"

#include "storage/import_lookup.h"

namespace mostrador::services::import {

using domain::Product;
using domain::Quantity;
using domain::UnitPrice;

const ColumnSpec& productColumns() {
    static const ColumnSpec spec{
        {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("unit"),
         QStringLiteral("price"), QStringLiteral("cost"), QStringLiteral("tax"),
         QStringLiteral("weight"), QStringLiteral("category"), QStringLiteral("stock"),
         QStringLiteral("tracked")},
        {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price")}};
    return spec;
}

QString productColumnOf(const QString& field) {
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("tax_code"), QStringLiteral("tax")},
        {QStringLiteral("list_price"), QStringLiteral("price")},
        {QStringLiteral("standard_cost"), QStringLiteral("cost")},
        {QStringLiteral("weight_kg"), QStringLiteral("weight")},
        {QStringLiteral("initial_stock"), QStringLiteral("stock")},
    };
    return aliases.value(field, productColumns().known.contains(field) ? field : QString());
}

Result<ProductRowChecker> ProductRowChecker::load(storage::ImportLookup& lookup) {
    ProductRowChecker checker;
    auto taxCodes = lookup.taxCodes();
    if (!taxCodes)
        return fail(taxCodes.error());
    auto skus = lookup.productSkus();
    if (!skus)
        return fail(skus.error());
    checker.m_taxCodes = std::move(*taxCodes);
    checker.m_storedSkus = std::move(*skus);
    return checker;
}

QList<ProductLine> ProductRowChecker::check(const ImportTable& table, QList<ImportIssue>& issues) {
    QList<ProductLine> good;
    good.reserve(table.rows().size());
    for (const CsvRecord& row : table.rows()) {
        if (!checkWidth(table, row, issues))
            continue;
        RowIssues rowIssues(issues, row.line);
        auto line = parse(table, row, rowIssues);
        if (line && !rowIssues.any())
            good.append(std::move(*line));
    }
    return good;
}

std::optional<ProductLine> ProductRowChecker::parse(const ImportTable& t, const CsvRecord& row,
                                                    RowIssues& issues) {
    ProductLine line;
    line.line = row.line;
    Product& p = line.product;
    p.sku = t.cell(row, QStringLiteral("sku")).toUpper();
    p.name = t.cell(row, QStringLiteral("name"));
    if (const QString unit = t.cell(row, QStringLiteral("unit")); !unit.isEmpty())
        p.unit = unit;
    p.taxCode = t.cell(row, QStringLiteral("tax")).toUpper();
    p.category = t.cell(row, QStringLiteral("category"));
    const auto tracked = parseFlag(t.cell(row, QStringLiteral("tracked")), true);
    if (tracked)
        p.tracked = *tracked;
    else
        issues.add(QStringLiteral("tracked"),
                   trMsg("“%1” is not one of true, false, yes, no, 1 or 0")
                       .arg(t.cell(row, QStringLiteral("tracked"))));
    parseNumbers(t, row, line, issues);
    if (auto ok = domain::validateProduct(p); !ok)
        issues.add(ok.error(), productColumnOf(ok.error().field));
    checkStock(line, issues);
    checkReferences(p, issues);
    if (line.initialStock && line.initialStock->isZero())
        line.initialStock.reset(); // nothing to book
    return line;
}

void ProductRowChecker::parseNumbers(const ImportTable& t, const CsvRecord& row, ProductLine& line,
                                     RowIssues& issues) {
    Product& p = line.product;
    const QString price = t.cell(row, QStringLiteral("price"));
    if (price.isEmpty())
        issues.add(QStringLiteral("price"), trMsg("The price is required"));
    else if (auto v = UnitPrice::parsePlain(price); v)
        p.listPrice = *v;
    else
        issues.add(v.error(), QStringLiteral("price"));
    if (const QString cost = t.cell(row, QStringLiteral("cost")); !cost.isEmpty()) {
        if (auto v = UnitPrice::parsePlain(cost); v)
            p.standardCost = *v;
        else
            issues.add(v.error(), QStringLiteral("cost"));
    }
    if (const QString weight = t.cell(row, QStringLiteral("weight")); !weight.isEmpty()) {
        if (auto v = Quantity::parsePlain(weight); v)
            p.weightKg = *v;
        else
            issues.add(v.error(), QStringLiteral("weight"));
    }
    if (const QString stock = t.cell(row, QStringLiteral("stock")); !stock.isEmpty()) {
        if (auto v = Quantity::parsePlain(stock); v)
            line.initialStock = *v;
        else
            issues.add(v.error(), QStringLiteral("stock"));
    }
}

void ProductRowChecker::checkStock(const ProductLine& line, RowIssues& issues) {
    if (!line.initialStock)
        return;
    if (line.initialStock->isNegative())
        issues.add(QStringLiteral("stock"), trMsg("The opening stock cannot be negative"));
    else if (!line.product.tracked && !line.initialStock->isZero())
        issues.add(QStringLiteral("stock"), trMsg("An untracked product keeps no stock"));
}

void ProductRowChecker::checkReferences(const Product& p, RowIssues& issues) {
    if (!p.taxCode.isEmpty() && !m_taxCodes.contains(p.taxCode))
        issues.add(QStringLiteral("tax"), trMsg("There is no tax rate “%1”").arg(p.taxCode));
    if (p.sku.isEmpty())
        return;
    if (m_storedSkus.contains(p.sku))
        issues.add(QStringLiteral("sku"), trMsg("SKU %1 is already used").arg(p.sku));
    else if (const int earlier = m_fileSkus.value(p.sku); earlier > 0)
        issues.add(QStringLiteral("sku"),
                   trMsg("SKU %1 is already on %2 of this file").arg(p.sku, earlierLine(earlier)));
    else
        m_fileSkus.insert(p.sku, issues.line());
}

} // namespace mostrador::services::import
