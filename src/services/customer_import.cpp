// SPDX-License-Identifier: MIT
#include "services/customer_import.h"

#include "storage/import_lookup.h"

namespace mostrador::services::import {

using domain::Customer;

const ColumnSpec& customerColumns() {
    static const ColumnSpec spec{
        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("tax_id"),
         QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("credit_limit"),
         QStringLiteral("payment_terms"), QStringLiteral("price_list"),
         QStringLiteral("billing_address"), QStringLiteral("shipping_address")},
        {QStringLiteral("name")}};
    return spec;
}

QString customerColumnOf(const QString& field) {
    return customerColumns().known.contains(field) ? field : QString();
}

Result<CustomerRowChecker> CustomerRowChecker::load(storage::ImportLookup& lookup,
                                                    domain::Currency currency) {
    CustomerRowChecker checker;
    checker.m_currency = currency;
    auto terms = lookup.paymentTermCodes();
    if (!terms)
        return fail(terms.error());
    auto priceLists = lookup.priceListCodes();
    if (!priceLists)
        return fail(priceLists.error());
    auto codes = lookup.customerCodes();
    if (!codes)
        return fail(codes.error());
    auto taxIds = lookup.customerTaxIds();
    if (!taxIds)
        return fail(taxIds.error());
    checker.m_terms = std::move(*terms);
    checker.m_priceLists = std::move(*priceLists);
    checker.m_storedCodes = std::move(*codes);
    checker.m_storedTaxIds = std::move(*taxIds);
    return checker;
}

QList<CustomerLine> CustomerRowChecker::check(const ImportTable& table,
                                              QList<ImportIssue>& issues) {
    QList<CustomerLine> good;
    good.reserve(table.rows().size());
    for (const CsvRecord& row : table.rows()) {
        if (!checkWidth(table, row, issues))
            continue;
        RowIssues rowIssues(issues, row.line);
        auto customer = parse(table, row, rowIssues);
        if (customer && !rowIssues.any())
            good.append({row.line, std::move(*customer)});
    }
    return good;
}

int CustomerRowChecker::uncodedCount(const QList<CustomerLine>& lines) {
    return int(std::count_if(lines.cbegin(), lines.cend(),
                             [](const CustomerLine& l) { return l.customer.code.isEmpty(); }));
}

void CustomerRowChecker::assignCodes(QList<CustomerLine>& lines,
                                     const std::function<QString(qint64)>& codeFor,
                                     QList<ImportIssue>& issues) const {
    qint64 next = 0;
    for (CustomerLine& l : lines) {
        if (!l.customer.code.isEmpty())
            continue;
        l.customer.code = codeFor(next++);
        const int earlier = m_fileCodes.value(l.customer.code);
        if (m_storedCodes.contains(l.customer.code) || earlier > 0)
            issues.append({l.line, QStringLiteral("code"),
                           trMsg("The customer series gives this row code %1, which is already "
                                 "used; give the row a code or change the series")
                               .arg(l.customer.code)});
    }
}

// Reads the cells the way CustomerService normalizes them (codes upper-case, text
// trimmed), so the checks here agree with what the service will store.
std::optional<Customer> CustomerRowChecker::parse(const ImportTable& t, const CsvRecord& row,
                                                  RowIssues& issues) {
    Customer c;
    c.code = t.cell(row, QStringLiteral("code")).toUpper();
    c.name = t.cell(row, QStringLiteral("name"));
    c.taxId = t.cell(row, QStringLiteral("tax_id")).toUpper();
    c.email = t.cell(row, QStringLiteral("email"));
    c.phone = t.cell(row, QStringLiteral("phone"));
    c.paymentTermsCode = t.cell(row, QStringLiteral("payment_terms")).toUpper();
    c.priceListCode = t.cell(row, QStringLiteral("price_list")).toUpper();
    c.billingAddress = t.cell(row, QStringLiteral("billing_address"));
    c.shippingAddress = t.cell(row, QStringLiteral("shipping_address"));
    if (const QString limit = t.cell(row, QStringLiteral("credit_limit")); !limit.isEmpty()) {
        auto money = domain::Money::parsePlain(limit, m_currency);
        if (money)
            c.creditLimit = *money;
        else
            issues.add(money.error(), QStringLiteral("credit_limit"));
    }
    if (auto ok = domain::validateCustomer(c); !ok)
        issues.add(ok.error(), customerColumnOf(ok.error().field));
    checkReferences(c, issues);
    checkUnique(c, issues);
    return c;
}

void CustomerRowChecker::checkReferences(const Customer& c, RowIssues& issues) {
    if (!c.paymentTermsCode.isEmpty() && !m_terms.contains(c.paymentTermsCode))
        issues.add(QStringLiteral("payment_terms"),
                   trMsg("There are no payment terms “%1”").arg(c.paymentTermsCode));
    if (!c.priceListCode.isEmpty() && !m_priceLists.contains(c.priceListCode))
        issues.add(QStringLiteral("price_list"),
                   trMsg("There is no price list “%1”").arg(c.priceListCode));
}

void CustomerRowChecker::checkUnique(const Customer& c, RowIssues& issues) {
    if (!c.code.isEmpty()) {
        if (m_storedCodes.contains(c.code))
            issues.add(QStringLiteral("code"),
                       trMsg("Customer code %1 is already used").arg(c.code));
        else if (const int earlier = m_fileCodes.value(c.code); earlier > 0)
            issues.add(QStringLiteral("code"),
                       trMsg("Customer code %1 is already on %2 of this file")
                           .arg(c.code, earlierLine(earlier)));
        else
            m_fileCodes.insert(c.code, issues.line());
    }
    if (!c.taxId.isEmpty()) {
        if (const QString holder = m_storedTaxIds.value(c.taxId); !holder.isEmpty())
            issues.add(QStringLiteral("tax_id"),
                       trMsg("Tax id %1 already belongs to customer %2").arg(c.taxId, holder));
        else if (const int earlier = m_fileTaxIds.value(c.taxId); earlier > 0)
            issues.add(QStringLiteral("tax_id"), trMsg("Tax id %1 is already on %2 of this file")
                                                     .arg(c.taxId, earlierLine(earlier)));
        else
            m_fileTaxIds.insert(c.taxId, issues.line());
    }
}

} // namespace mostrador::services::import
