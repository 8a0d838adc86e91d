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

// The columns orders and invoices share; `dateColumn` is the second date (requested or
// due), `settlement` adds paid and balance.
QList<TableColumn> documentColumns(const QString& dateColumn, bool settlement) {
    const auto text = [](const char16_t* h) { return TableColumn{QString::fromUtf16(h)}; };
    QList<TableColumn> columns{text(u"number"),
                               text(u"status"),
                               text(u"customer"),
                               text(u"customer_name"),
                               text(u"date"),
                               {dateColumn},
                               text(u"salesperson"),
                               {QStringLiteral("untaxed"), ColumnKind::Money},
                               {QStringLiteral("tax"), ColumnKind::Money},
                               {QStringLiteral("total"), ColumnKind::Money}};
    if (settlement)
        columns += {{QStringLiteral("paid"), ColumnKind::Money},
                    {QStringLiteral("balance"), ColumnKind::Money}};
    return columns;
}

TableCell dateCell(const QDate& date) {
    return date.isValid() ? TableCell(date.toString(Qt::ISODate)) : TableCell();
}

TableRow orderRow(const storage::OrderRow& o) {
    return {o.number,       o.status,         o.customerCode,
            o.customerName, dateCell(o.date), dateCell(o.requestedDate),
            o.salesperson,  o.untaxed,        o.tax,
            o.total};
}

TableRow invoiceRow(const storage::InvoiceRow& i) {
    return {i.number,       i.status,         i.customerCode,
            i.customerName, dateCell(i.date), dateCell(i.dueDate),
            i.salesperson,  i.untaxed,        i.tax,
            i.total,        i.paid,           i.balance};
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

// Orders and invoices by date, then id: a stable order while pages are read.
Result<int> exportOrders(services::Services& s, const Actor& actor, const QString& path) {
    if (auto ok = actor.require(Permission::ExportData); !ok)
        return fail(ok.error());
    auto writer = openTableWriter(path, documentColumns(QStringLiteral("requested_date"), false),
                                  s.context().currency);
    if (!writer)
        return fail(writer.error());
    auto& orders = s.orders();
    return exportPages<storage::OrderRow>(
        **writer,
        [&](int offset) {
            storage::OrderListQuery q;
            static_cast<storage::ListQuery&>(q) = pageQuery(QStringLiteral("date"), offset);
            return orders.list(actor, q);
        },
        orderRow);
}

Result<int> exportInvoices(services::Services& s, const Actor& actor, const QString& path) {
    if (auto ok = actor.require(Permission::ExportData); !ok)
        return fail(ok.error());
    auto writer = openTableWriter(path, documentColumns(QStringLiteral("due_date"), true),
                                  s.context().currency);
    if (!writer)
        return fail(writer.error());
    auto& invoices = s.invoices();
    return exportPages<storage::InvoiceRow>(
        **writer,
        [&](int offset) {
            storage::InvoiceListQuery q;
            static_cast<storage::ListQuery&>(q) = pageQuery(QStringLiteral("date"), offset);
            return invoices.list(actor, q);
        },
        invoiceRow);
}

Result<int> exportTable(const TableData& table, const Actor& actor, const QString& path) {
    if (auto ok = actor.require(Permission::ExportData); !ok)
        return fail(ok.error());
    if (auto ok = writeTable(table, path); !ok)
        return fail(ok.error());
    return int(table.rows.size());
}

} // namespace mostrador::reports
