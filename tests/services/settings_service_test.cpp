// SPDX-License-Identifier: MIT
#include "services/settings_service.h"
#include "storage/sql.h"
#include "support/test_db.h"

#include <gtest/gtest.h>

using namespace mostrador;
using namespace mostrador::domain;
using namespace mostrador::services;

namespace {

class SettingsServiceTest : public ::testing::Test {
protected:
    qint64 auditCount() {
        auto q = storage::run(t.db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    CompanyProfile company(const QString& name, const QString& currency = QStringLiteral("EUR")) {
        CompanyProfile c;
        c.name = name;
        c.currency = Currency::fromCode(currency);
        return c;
    }

    test::TempDatabase t;
    ServiceContext ctx{*t.db};
    SettingsService settings{ctx};
    Actor admin = test::admin();
};

} // namespace

TEST_F(SettingsServiceTest, ValuesFallBackToTheirDefaults) {
    EXPECT_EQ(*settings.value(QStringLiteral("tax.rounding")), QStringLiteral("line"));
    EXPECT_EQ(*settings.value(QStringLiteral("credit.block_overdue_days")), QStringLiteral("30"));
    ASSERT_TRUE(settings.setValue(admin, QStringLiteral("tax.rounding"), QStringLiteral("global")));
    EXPECT_EQ(*settings.value(QStringLiteral("tax.rounding")), QStringLiteral("global"));
    auto unknown = settings.value(QStringLiteral("no.such.key"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, QStringLiteral("setting.unknown"));
}

TEST_F(SettingsServiceTest, TaxRoundingTakesOnlyLineOrGlobal) {
    auto r = settings.setValue(admin, QStringLiteral("tax.rounding"), QStringLiteral("sometimes"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, ErrorKind::Invalid);
    EXPECT_EQ(*settings.value(QStringLiteral("tax.rounding")), QStringLiteral("line"));
    EXPECT_EQ(auditCount(), 0);
}

TEST_F(SettingsServiceTest, DefaultTaxMustNameAnExistingRate) {
    auto r =
        settings.setValue(admin, QStringLiteral("product.default_tax"), QStringLiteral("IVA21"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("setting.tax_unknown"));
    ASSERT_TRUE(settings.saveTaxRate(
        admin, {QStringLiteral("iva21"), QStringLiteral("IVA 21 %"), Percent::fromWhole(21)}));
    ASSERT_TRUE(
        settings.setValue(admin, QStringLiteral("product.default_tax"), QStringLiteral("iva21")));
    EXPECT_EQ(*settings.value(QStringLiteral("product.default_tax")), QStringLiteral("IVA21"));
}

TEST_F(SettingsServiceTest, DefaultTermsMustNameExistingTerms) {
    auto r =
        settings.setValue(admin, QStringLiteral("customer.default_terms"), QStringLiteral("NET30"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, QStringLiteral("setting.terms_unknown"));
    ASSERT_TRUE(
        settings.saveTerms(admin, {QStringLiteral("NET30"), QStringLiteral("30 días"), {30}}));
    EXPECT_TRUE(settings.setValue(admin, QStringLiteral("customer.default_terms"),
                                  QStringLiteral("NET30")));
}

TEST_F(SettingsServiceTest, TaxRatesAndTermsAreValidated) {
    auto rate = settings.saveTaxRate(admin, {QStringLiteral("BIG"), {}, Percent::fromWhole(101)});
    ASSERT_FALSE(rate);
    EXPECT_EQ(rate.error().code, QStringLiteral("tax.rate_range"));
    auto terms = settings.saveTerms(admin, {QStringLiteral("BAD"), {}, {60, 30}});
    ASSERT_FALSE(terms);
    EXPECT_EQ(terms.error().code, QStringLiteral("terms.days_invalid"));
    EXPECT_TRUE(settings.taxRates()->isEmpty());
    EXPECT_TRUE(settings.paymentTerms()->isEmpty());

    auto saved = settings.saveTerms(admin, {QStringLiteral("30-60"), {}, {30, 60}});
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->name, QStringLiteral("30-60"));
    EXPECT_EQ(settings.paymentTerms()->first().days, (QList<int>{30, 60}));
}

TEST_F(SettingsServiceTest, SeriesFormatChangesAndIsValidated) {
    auto bad =
        settings.setSeriesFormat(admin, QStringLiteral("invoice"), QStringLiteral("FAC-{YYYY}"));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, QStringLiteral("series.format_invalid"));
    ASSERT_TRUE(settings.setSeriesFormat(admin, QStringLiteral("invoice"),
                                         QStringLiteral("FAC{YY}/{####}")));
    auto all = settings.numberSeries();
    ASSERT_TRUE(all);
    QString format;
    for (const auto& s : *all)
        if (s.kind == QStringLiteral("invoice"))
            format = s.format;
    EXPECT_EQ(format, QStringLiteral("FAC{YY}/{####}"));
    auto unknown = settings.setSeriesFormat(admin, QStringLiteral("nope"), QStringLiteral("N{##}"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().kind, ErrorKind::NotFound);
    auto audit = ctx.audit.list(QStringLiteral("number_series"), QStringLiteral("invoice"));
    ASSERT_EQ(audit->size(), 1);
    EXPECT_TRUE(audit->first().before.contains(QStringLiteral("INV-")));
}

TEST_F(SettingsServiceTest, SaveCompanyUpdatesTheContextCurrency) {
    EXPECT_EQ(settings.company().error().kind, ErrorKind::NotFound);
    auto saved = settings.saveCompany(
        admin, company(QStringLiteral(" Ferretería Centro "), QStringLiteral("USD")));
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    EXPECT_EQ(saved->name, QStringLiteral("Ferretería Centro"));
    EXPECT_EQ(ctx.currency.code(), QStringLiteral("USD"));
    EXPECT_EQ(settings.company()->currency.code(), QStringLiteral("USD"));
    EXPECT_EQ(auditCount(), 1);
}

TEST_F(SettingsServiceTest, CompanyNeedsANameAndACurrencyCode) {
    auto noName = settings.saveCompany(admin, company(QStringLiteral("  ")));
    ASSERT_FALSE(noName);
    EXPECT_EQ(noName.error().field, QStringLiteral("name"));
    auto badCurrency =
        settings.saveCompany(admin, company(QStringLiteral("X"), QStringLiteral("E1")));
    ASSERT_FALSE(badCurrency);
    EXPECT_EQ(badCurrency.error().field, QStringLiteral("currency"));
    EXPECT_EQ(ctx.currency.code(), QStringLiteral("EUR"));
}

TEST_F(SettingsServiceTest, OnlyAdminsChangeSettingsButEveryoneReadsThem) {
    for (Role role : {Role::Manager, Role::Sales, Role::Warehouse, Role::Accounting}) {
        const Actor actor = test::actorWithRole(role);
        auto r = settings.setValue(actor, QStringLiteral("tax.rounding"), QStringLiteral("global"));
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().kind, ErrorKind::Permission);
        EXPECT_FALSE(settings.saveTaxRate(actor, {QStringLiteral("X"), {}, Percent()}));
        EXPECT_FALSE(
            settings.setSeriesFormat(actor, QStringLiteral("order"), QStringLiteral("P{##}")));
    }
    EXPECT_EQ(*settings.value(QStringLiteral("tax.rounding")), QStringLiteral("line"));
    EXPECT_TRUE(settings.taxRates()->isEmpty());
    EXPECT_EQ(auditCount(), 0);
}
