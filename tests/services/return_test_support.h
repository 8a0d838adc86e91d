// SPDX-License-Identifier: MIT
#pragma once

#include "payment_test_support.h"
#include "services/returns_json.h"

namespace mostrador::test {

// PaymentFixture plus BOOK (15.00 €, IVA10, 50 on hand) and short ways to ship, invoice
// and return: BETA orders TOR-M6 at 10.00 € + 21 % (12.10 € a unit incl. tax).
class ReturnFixture : public PaymentFixture {
protected:
    void SetUp() override {
        PaymentFixture::SetUp();
        domain::Product book = sampleProduct(QStringLiteral("BOOK"), {}, 1500, 500);
        book.taxCode = QStringLiteral("IVA10");
        ASSERT_TRUE(s().products().create(admin, book, units(50)));
    }

    // A confirmed order of `lines`, shipped whole in one shipment; answers the shipment.
    domain::Shipment shipAll(const QString& customer, QList<services::LineInput> lines) {
        const domain::SalesOrder o = confirmed(customer, std::move(lines));
        services::ShipmentInput in;
        in.orderNumber = o.number;
        auto made = s().shipments().create(warehouse, in);
        EXPECT_TRUE(made) << (made ? "" : made.error().message.toStdString());
        return made ? *made : domain::Shipment{};
    }
    // Posts an invoice for `qty` of the order's first line (a draft lowered to it).
    domain::Invoice invoiceQty(const QString& order, qint64 qty) {
        auto draft = s().invoices().createDraft(accounting, {order});
        EXPECT_TRUE(draft) << (draft ? "" : draft.error().message.toStdString());
        if (!draft)
            return {};
        services::InvoiceEdit edit;
        edit.version = draft->version;
        edit.lines = {{draft->lines[0].id, units(qty)}};
        EXPECT_TRUE(s().invoices().update(accounting, draft->number, edit));
        auto posted = s().invoices().post(accounting, draft->number);
        EXPECT_TRUE(posted) << (posted ? "" : posted.error().message.toStdString());
        return posted ? *posted : domain::Invoice{};
    }
    domain::Invoice invoiceAll(const QString& order) {
        auto inv = s().invoices().createAndPost(accounting, {order});
        EXPECT_TRUE(inv) << (inv ? "" : inv.error().message.toStdString());
        return inv ? *inv : domain::Invoice{};
    }

    static services::ReturnInput returning(const QString& shipment,
                                           QList<services::ReturnLineRequest> lines,
                                           const QString& reason = QStringLiteral("Wrong size")) {
        services::ReturnInput in;
        in.shipmentNumber = shipment;
        in.lines = std::move(lines);
        in.reason = reason;
        return in;
    }
    static services::ReturnLineRequest back(const QString& sku, qint64 qty) {
        return {sku, units(qty)};
    }
    domain::Return returned(const services::ReturnInput& in) {
        auto r = s().returns().create(warehouse, in);
        EXPECT_TRUE(r) << (r ? "" : r.error().message.toStdString());
        return r ? *r : domain::Return{};
    }
    domain::CreditNote note(const QString& number) {
        auto n = s().returns().creditNote(accounting, number);
        EXPECT_TRUE(n) << (n ? "" : n.error().message.toStdString());
        return n ? *n : domain::CreditNote{};
    }

    QString numbered(const char* prefix, int n) const {
        return QStringLiteral("%1-%2-%3")
            .arg(QLatin1String(prefix), year())
            .arg(n, 5, 10, QLatin1Char('0'));
    }
    qint64 counter(const char* kind) {
        return scalar(QStringLiteral("SELECT next_value FROM number_series WHERE kind = ?"),
                      {QString::fromLatin1(kind)});
    }
    // AR = Σ posted invoices − Σ deposits applied − Σ payments (refunds negative)
    //      + Σ chargebacks − Σ credit notes, recounted from the documents.
    qint64 recountAr(const QString& code) {
        const qint64 id = customer(code).id;
        auto sum = [&](const char* sql) { return scalar(QString::fromLatin1(sql), {id}); };
        return sum("SELECT COALESCE(SUM(total), 0) FROM invoices WHERE customer_id = ? AND "
                   "status <> 'draft'") -
               sum("SELECT COALESCE(SUM(a.amount), 0) FROM deposit_applications a JOIN invoices "
                   "i ON i.id = a.invoice_id WHERE i.customer_id = ?") -
               sum("SELECT COALESCE(SUM(amount), 0) FROM payments WHERE customer_id = ?") +
               sum("SELECT COALESCE(SUM(amount), 0) FROM chargebacks WHERE customer_id = ?") -
               sum("SELECT COALESCE(SUM(total), 0) FROM credit_notes WHERE customer_id = ?");
    }
    qint64 recountOpenOrders(const QString& code) {
        return scalar(QStringLiteral("SELECT COALESCE(SUM(open_value), 0) FROM sales_orders "
                                     "WHERE customer_id = ? AND status IN ('confirmed', "
                                     "'partially_shipped', 'shipped')"),
                      {customer(code).id});
    }
};

} // namespace mostrador::test
