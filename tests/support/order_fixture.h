// SPDX-License-Identifier: MIT
#pragma once

#include "services/services.h"
#include "storage/fulfilment_repository.h"
#include "storage/sales_order_repository.h"
#include "storage/sql.h"
#include "storage/stock_repository.h"
#include "support/sample_records.h"
#include "support/test_db.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace mostrador::test {

// A company ready to take orders, over the whole Services aggregate and a temporary
// database: EUR, taxes IVA21/IVA10, terms NET30 (the default), and
//   products  TOR-M6  10.00 € (cost 6.00), 100 on hand, 0.250 kg
//             TUE-M6   3.33 € (cost 1.00),  50 on hand, 0.010 kg
//             LIM-01  20.00 € (cost 12.00),  5 on hand, 2.000 kg (short stock)
//             SERV    50.00 €, untracked (a service: never reserved nor shipped from stock)
//   customers ALFA  limit 1,000.00 €      BETA  no limit (unlimited)
//             GAMA  on hold, no limit     PREP  limit 0 (prepaid only)
// and one actor per role: admin, manager ("marta"), sales ("sergio", 10 % max discount),
// warehouse ("wendy"), accounting ("ana").
class OrderFixture : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = services::Services::open(dir.filePath(QStringLiteral("orders.db")));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        owned = std::move(*opened);
        domain::CompanyProfile company;
        company.name = QStringLiteral("Suministros Ebro");
        company.address = QStringLiteral("Calle del Puerto 3\nZaragoza");
        company.currency = domain::Currency::fromCode(u"EUR");
        ASSERT_TRUE(s().settings().saveCompany(admin, company));
        ASSERT_TRUE(
            s().settings().saveTaxRate(admin, {QStringLiteral("IVA21"), QStringLiteral("IVA 21 %"),
                                               domain::Percent::fromWhole(21)}));
        ASSERT_TRUE(
            s().settings().saveTaxRate(admin, {QStringLiteral("IVA10"), QStringLiteral("IVA 10 %"),
                                               domain::Percent::fromWhole(10)}));
        ASSERT_TRUE(s().settings().saveTerms(
            admin, {QStringLiteral("NET30"), QStringLiteral("30 days"), {30}}));
        ASSERT_TRUE(s().settings().setValue(admin, QStringLiteral("customer.default_terms"),
                                            QStringLiteral("NET30")));
        addProduct(QStringLiteral("TOR-M6"), 1000, 600, 100, 250);
        addProduct(QStringLiteral("TUE-M6"), 333, 100, 50, 10);
        addProduct(QStringLiteral("LIM-01"), 2000, 1200, 5, 2000);
        domain::Product service = sampleProduct(QStringLiteral("SERV"), {}, 5000, 0);
        service.tracked = false;
        ASSERT_TRUE(s().products().create(admin, service));
        addCustomer(QStringLiteral("ALFA"), money(100000), false);
        addCustomer(QStringLiteral("BETA"), std::nullopt, false);
        addCustomer(QStringLiteral("GAMA"), std::nullopt, true);
        addCustomer(QStringLiteral("PREP"), money(0), false);
    }

    services::Services& s() { return *owned; }

    static domain::Money money(qint64 cents) {
        return domain::Money::fromMinor(cents, domain::Currency::fromCode(u"EUR"));
    }
    static domain::Quantity units(qint64 n) { return domain::Quantity::fromUnits(n); }

    static services::LineInput line(const QString& sku, qint64 qty) {
        services::LineInput l;
        l.sku = sku;
        l.qty = units(qty);
        return l;
    }
    // A line at a given discount (whole percent), e.g. beyond a salesperson's limit.
    static services::LineInput discounted(const QString& sku, qint64 qty, qint64 percent) {
        services::LineInput l = line(sku, qty);
        l.discount = domain::Percent::fromWhole(percent);
        return l;
    }
    // A line at a hand-set unit price in cents, e.g. below cost.
    static services::LineInput priced(const QString& sku, qint64 qty, qint64 priceCents) {
        services::LineInput l = line(sku, qty);
        l.unitPrice = cents(priceCents);
        return l;
    }

    static services::OrderInput orderInput(const QString& customer,
                                           QList<services::LineInput> lines) {
        services::OrderInput in;
        in.customerCode = customer;
        in.lines = std::move(lines);
        return in;
    }
    // A draft made by the admin; a failure fails the test.
    domain::SalesOrder draft(const QString& customer, QList<services::LineInput> lines) {
        auto o = s().orders().create(admin, orderInput(customer, std::move(lines)));
        EXPECT_TRUE(o) << (o ? "" : o.error().message.toStdString());
        return o ? *o : domain::SalesOrder{};
    }
    // A draft confirmed by the admin (no approval needed); it must end confirmed.
    domain::SalesOrder confirmed(const QString& customer, QList<services::LineInput> lines) {
        const domain::SalesOrder o = draft(customer, std::move(lines));
        auto c = s().orders().confirm(admin, o.number);
        EXPECT_TRUE(c) << (c ? "" : c.error().message.toStdString());
        EXPECT_TRUE(!c || c->status == u"confirmed") << (c ? c->status.toStdString() : "");
        return c ? *c : domain::SalesOrder{};
    }
    domain::SalesOrder stored(const QString& number) {
        auto o = s().orders().get(admin, number);
        EXPECT_TRUE(o) << (o ? "" : o.error().message.toStdString());
        return o ? *o : domain::SalesOrder{};
    }
    // The customer's running credit figures (customer_accounts).
    storage::AccountFigures account(const QString& code) {
        auto f = storage::CustomerAccountRepository(s().database()).figures(customer(code).id);
        EXPECT_TRUE(f);
        return f ? *f : storage::AccountFigures{};
    }

    domain::Customer customer(const QString& code) {
        auto c = s().customers().get(admin, code);
        EXPECT_TRUE(c);
        return c ? *c : domain::Customer{};
    }
    domain::StockLevel level(const QString& sku) {
        auto l = s().products().stockLevel(admin, sku);
        EXPECT_TRUE(l);
        return l ? *l : domain::StockLevel{};
    }
    // The first value of the first row of `sql`, or -1.
    qint64 scalar(const QString& sql, const QVariantList& values = {}) {
        auto q = storage::run(s().database().connection(), sql, values);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    QString year() const { return QString::number(QDate::currentDate().year()); }

    void addProduct(const QString& sku, qint64 priceCents, qint64 costCents, qint64 stock,
                    qint64 gramsPerUnit) {
        domain::Product p = sampleProduct(sku, {}, priceCents, costCents);
        p.weightKg = domain::Quantity::fromThousandths(gramsPerUnit);
        auto made = s().products().create(admin, p, units(stock));
        ASSERT_TRUE(made) << made.error().message.toStdString();
    }
    void addCustomer(const QString& code, std::optional<domain::Money> limit, bool onHold) {
        domain::Customer c = sampleCustomer(code);
        c.creditLimit = limit;
        c.onHold = onHold;
        c.shippingAddress = QStringLiteral("Muelle %1\nBilbao").arg(code);
        auto made = s().customers().create(admin, c);
        ASSERT_TRUE(made) << made.error().message.toStdString();
    }

    QTemporaryDir dir;
    std::unique_ptr<services::Services> owned;
    domain::Actor admin = test::admin();
    domain::Actor manager = actorWithRole(domain::Role::Manager, QStringLiteral("marta"));
    domain::Actor sales = actorWithRole(domain::Role::Sales, QStringLiteral("sergio"));
    domain::Actor warehouse = actorWithRole(domain::Role::Warehouse, QStringLiteral("wendy"));
    domain::Actor accounting = actorWithRole(domain::Role::Accounting, QStringLiteral("ana"));
};

} // namespace mostrador::test
