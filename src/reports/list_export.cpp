// SPDX-License-Identifier: MIT
#include "reports/list_export.h"

#include "reports/table_writer.h"
#include "services/services.h"

namespace mostrador::reports {

using domain::Actor;
using domain::Permission;

namespace {

constexpr int kPageSize = 1000;

QList<TableColumn> customerColumns() {
    const auto text = [](const char16_t* h) { return TableColumn{QString::fromUtf16(h)}; };
    return {text(u"code"),
            text(u"name"),
            text(u"tax_id"),
            text(u"email"),
            text(u"phone"),
            {QStringLiteral("credit_limit"), ColumnKind::Money},
            text(u"payment_terms"),
            text(u"price_list"),
            text(u"billing_address"),
            text(u"shipping_address")};
}

QList<TableColumn> productColumns() {
    const auto text = [](const char16_t* h) { return TableColumn{QString::fromUtf16(h)}; };
    return {text(u"sku"),
            text(u"name"),
            text(u"unit"),
            {QStringLiteral("price"), ColumnKind::UnitPrice},
            {QStringLiteral("cost"), ColumnKind::UnitPrice},
            text(u"tax"),
            {QStringLiteral("weight"), ColumnKind::Quantity},
            text(u"category"),
            {QStringLiteral("stock"), ColumnKind::Quantity},
            {QStringLiteral("tracked"), ColumnKind::Boolean}};
}

TableRow customerRow(const domain::Customer& c) {
    return {c.code,
            c.name,
            c.taxId,
            c.email,
            c.phone,
            c.creditLimit ? TableCell(*c.creditLimit) : TableCell(),
            c.paymentTermsCode,
            c.priceListCode,
            c.billingAddress,
            c.shippingAddress};
}

TableRow productRow(const services::ProductRow& p) {
    return {p.sku,       p.name,         p.unit,
            p.listPrice, p.standardCost, p.taxCode,
            p.weightKg,  p.category,     p.tracked ? TableCell(p.onHand) : TableCell(),
            p.tracked};
}

// Pages through a list in a stable order and writes each row; `fetch` answers one
// page, `toRow` turns a listed row into a table row.
template <class Listed, class Fetch, class ToRow>
Result<int> exportPages(TableWriter& writer, Fetch fetch, ToRow toRow) {
    int written = 0;
    for (int offset = 0;; offset += kPageSize) {
        Result<QList<Listed>> page = fetch(offset);
        if (!page)
            return fail(page.error());
        for (const Listed& listed : *page) {
            if (auto ok = writer.writeRow(toRow(listed)); !ok)
                return fail(ok.error());
            ++written;
        }
        if (page->size() < kPageSize)
            break;
    }
    if (auto ok = writer.finish(); !ok)
        return fail(ok.error());
    return written;
}

storage::ListQuery pageQuery(const QString& sortKey, int offset) {
    storage::ListQuery q;
    q.sortKey = sortKey;
    q.offset = offset;
    q.limit = kPageSize;
    return q;
}

} // namespace

Result<int> exportCustomers(services::Services& s, const Actor& actor, const QString& path) {
    if (auto ok = actor.require(Permission::ExportData); !ok)
        return fail(ok.error());
    auto writer = openTableWriter(path, customerColumns(), s.context().currency);
    if (!writer)
        return fail(writer.error());
    auto& customers = s.customers();
    return exportPages<domain::Customer>(
        **writer,
        [&](int offset) {
            return customers.listRecords(actor, pageQuery(QStringLiteral("code"), offset));
        },
        customerRow);
}

Result<int> exportProducts(services::Services& s, const Actor& actor, const QString& path) {
    if (auto ok = actor.require(Permission::ExportData); !ok)
        return fail(ok.error());
    auto writer = openTableWriter(path, productColumns(), s.context().currency);
    if (!writer)
        return fail(writer.error());
    auto& products = s.products();
    return exportPages<services::ProductRow>(
        **writer,
        [&](int offset) { return products.list(actor, pageQuery(QStringLiteral("sku"), offset)); },
        productRow);
}

Result<int> exportTable(const TableData& table, const Actor& actor, const QString& path) {
    if (auto ok = actor.require(Permission::ExportData); !ok)
        return fail(ok.error());
    if (auto ok = writeTable(table, path); !ok)
        return fail(ok.error());
    return int(table.rows.size());
}

} // namespace mostrador::reports
