// SPDX-License-Identifier: MIT
#include "services/price_import.h"

#include "storage/import_lookup.h"

namespace mostrador::services::import {

using domain::Percent;
using domain::PriceRule;
using domain::Quantity;
using domain::UnitPrice;

const ColumnSpec& priceColumns() {
    static const ColumnSpec spec{
        {QStringLiteral("price_list"), QStringLiteral("sku"), QStringLiteral("category"),
         QStringLiteral("customer"), QStringLiteral("min_qty"), QStringLiteral("price"),
         QStringLiteral("discount"), QStringLiteral("from"), QStringLiteral("to")},
        {QStringLiteral("price_list")}};
    return spec;
}

QString priceColumnOf(const QString& field) {
    return priceColumns().known.contains(field) ? field : QString();
}

Result<PriceRowChecker> PriceRowChecker::load(storage::ImportLookup& lookup) {
    PriceRowChecker checker;
    auto lists = lookup.priceListCodes();
    if (!lists)
        return fail(lists.error());
    auto skus = lookup.productSkus();
    if (!skus)
        return fail(skus.error());
    auto customers = lookup.customerCodes();
    if (!customers)
        return fail(customers.error());
    checker.m_priceLists = std::move(*lists);
    checker.m_skus = std::move(*skus);
    checker.m_customers = std::move(*customers);
    return checker;
}

QList<PriceRuleLine> PriceRowChecker::check(const ImportTable& table, QList<ImportIssue>& issues) {
    QList<PriceRuleLine> good;
    good.reserve(table.rows().size());
    for (const CsvRecord& row : table.rows()) {
        if (!checkWidth(table, row, issues))
            continue;
        RowIssues rowIssues(issues, row.line);
        auto rule = parse(table, row, rowIssues);
        if (rule && !rowIssues.any())
            checkRepeated(*rule, rowIssues);
        if (rule && !rowIssues.any())
            good.append({row.line, std::move(*rule)});
    }
    return good;
}

// Reads the cells the way PriceListService normalizes a rule (codes upper-case, text
// trimmed), so the checks here agree with what the service would store.
std::optional<PriceRule> PriceRowChecker::parse(const ImportTable& t, const CsvRecord& row,
                                                RowIssues& issues) const {
    PriceRule r;
    r.priceListCode = t.cell(row, QStringLiteral("price_list")).toUpper();
    r.sku = t.cell(row, QStringLiteral("sku")).toUpper();
    r.category = t.cell(row, QStringLiteral("category"));
    r.customerCode = t.cell(row, QStringLiteral("customer")).toUpper();
    parseNumbers(t, row, r, issues);
    parseDates(t, row, r, issues);
    // A cell that could not be read would make the domain check report a second,
    // misleading problem (a price "missing" because it was unreadable).
    if (!issues.any())
        if (auto ok = domain::validatePriceRule(r); !ok)
            issues.add(ok.error(), priceColumnOf(ok.error().field));
    checkReferences(r, issues);
    return r;
}

void PriceRowChecker::parseNumbers(const ImportTable& t, const CsvRecord& row, PriceRule& r,
                                   RowIssues& issues) {
    if (const QString qty = t.cell(row, QStringLiteral("min_qty")); !qty.isEmpty()) {
        if (auto v = Quantity::parsePlain(qty); v)
            r.minQty = *v;
        else
            issues.add(v.error(), QStringLiteral("min_qty"));
    }
    if (const QString price = t.cell(row, QStringLiteral("price")); !price.isEmpty()) {
        if (auto v = UnitPrice::parsePlain(price); v)
            r.fixedPrice = *v;
        else
            issues.add(v.error(), QStringLiteral("price"));
    }
    if (const QString discount = t.cell(row, QStringLiteral("discount")); !discount.isEmpty()) {
        if (auto v = Percent::parsePlain(discount); v)
            r.discount = *v;
        else
            issues.add(v.error(), QStringLiteral("discount"));
    }
}

void PriceRowChecker::parseDates(const ImportTable& t, const CsvRecord& row, PriceRule& r,
                                 RowIssues& issues) {
    for (const QString& column : {QStringLiteral("from"), QStringLiteral("to")}) {
        const QString text = t.cell(row, column);
        if (text.isEmpty())
            continue;
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            issues.add(column, trMsg("“%1” is not a date (YYYY-MM-DD)").arg(text));
            continue;
        }
        (column == u"from" ? r.validFrom : r.validTo) = date;
    }
}

void PriceRowChecker::checkReferences(const PriceRule& r, RowIssues& issues) const {
    if (r.priceListCode.isEmpty())
        issues.add(QStringLiteral("price_list"), trMsg("The price list is required"));
    else if (!m_priceLists.contains(r.priceListCode))
        issues.add(QStringLiteral("price_list"),
                   trMsg("There is no price list “%1”").arg(r.priceListCode));
    if (!r.sku.isEmpty() && !m_skus.contains(r.sku))
        issues.add(QStringLiteral("sku"), trMsg("There is no product with SKU “%1”").arg(r.sku));
    if (!r.customerCode.isEmpty() && !m_customers.contains(r.customerCode))
        issues.add(QStringLiteral("customer"),
                   trMsg("There is no customer with code “%1”").arg(r.customerCode));
}

void PriceRowChecker::checkRepeated(const PriceRule& r, RowIssues& issues) {
    const auto date = [](const std::optional<QDate>& d) {
        return d ? d->toString(Qt::ISODate) : QString();
    };
    const QString key =
        QStringList{
            r.priceListCode,   r.sku,          r.category, r.customerCode, r.minQty.toPlainString(),
            date(r.validFrom), date(r.validTo)}
            .join(u'\x1f');
    if (const int earlier = m_fileRules.value(key); earlier > 0)
        issues.add(r.sku.isEmpty() ? QStringLiteral("category") : QStringLiteral("sku"),
                   trMsg("The same rule (list, product or category, customer, quantity and "
                         "dates) is already on %1 of this file")
                       .arg(earlierLine(earlier)));
    else
        m_fileRules.insert(key, issues.line());
}

} // namespace mostrador::services::import
