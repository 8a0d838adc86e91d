// SPDX-License-Identifier: MIT
#include "storage/settings_repository.h"

#include "storage/database.h"
#include "storage/sql.h"

namespace mostrador::storage {

using namespace domain;

Result<std::optional<CompanyProfile>> SettingsRepository::company() {
    auto q = read(m_db, QStringLiteral("SELECT name, address, tax_id, email, phone, "
                                       "logo, currency FROM company WHERE id = 1"));
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<CompanyProfile>();
    CompanyProfile c;
    c.name = q->value(0).toString();
    c.address = q->value(1).toString();
    c.taxId = q->value(2).toString();
    c.email = q->value(3).toString();
    c.phone = q->value(4).toString();
    c.logoPng = q->value(5).toByteArray();
    c.currency = Currency::fromCode(q->value(6).toString());
    return std::optional<CompanyProfile>(c);
}

Status SettingsRepository::saveCompany(const CompanyProfile& c) {
    auto q =
        run(m_db.connection(),
            QStringLiteral("INSERT INTO company (id, name, address, tax_id, email, phone, logo, "
                           "currency) VALUES (1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                           "SET name = excluded.name, address = excluded.address, "
                           "tax_id = excluded.tax_id, email = excluded.email, "
                           "phone = excluded.phone, logo = excluded.logo, "
                           "currency = excluded.currency"),
            {c.name, c.address, c.taxId, c.email, c.phone,
             c.logoPng.isEmpty() ? QVariant() : QVariant(c.logoPng), c.currency.code()});
    return q ? Status{} : fail(q.error());
}

Result<std::optional<QString>> SettingsRepository::value(const QString& key) {
    auto q = read(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Status SettingsRepository::setValue(const QString& key, const QString& value) {
    auto q = run(m_db.connection(),
                 QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {key, value});
    return q ? Status{} : fail(q.error());
}

namespace {
TaxRate taxRateFrom(const Rows& q) {
    return {q.value(0).toString(), q.value(1).toString(),
            Percent::fromBasisPoints(q.value(2).toLongLong())};
}

PaymentTerms termsFrom(const Rows& q) {
    return {q.value(0).toString(), q.value(1).toString(),
            parseTermDays(q.value(2).toString()).value_or(QList<int>{0})};
}
} // namespace

Result<QList<TaxRate>> SettingsRepository::taxRates() {
    auto q = read(m_db, QStringLiteral("SELECT code, name, rate_bp FROM tax_rates "
                                       "ORDER BY rate_bp DESC, code"));
    if (!q)
        return fail(q.error());
    QList<TaxRate> out;
    while (q->next())
        out.append(taxRateFrom(*q));
    return out;
}

Result<std::optional<TaxRate>> SettingsRepository::taxRate(const QString& code) {
    auto q = read(m_db, QStringLiteral("SELECT code, name, rate_bp FROM tax_rates WHERE code = ?"),
                  {code});
    if (!q)
        return fail(q.error());
    return q->next() ? std::optional<TaxRate>(taxRateFrom(*q)) : std::nullopt;
}

Status SettingsRepository::saveTaxRate(const TaxRate& r) {
    auto q = run(m_db.connection(),
                 QStringLiteral("INSERT INTO tax_rates (code, name, rate_bp) VALUES (?, ?, ?) "
                                "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                                "rate_bp = excluded.rate_bp"),
                 {r.code, r.name, r.rate.basisPoints()});
    return q ? Status{} : fail(q.error());
}

Result<QList<PaymentTerms>> SettingsRepository::paymentTerms() {
    auto q = read(m_db, QStringLiteral("SELECT code, name, days FROM payment_terms ORDER BY code"));
    if (!q)
        return fail(q.error());
    QList<PaymentTerms> out;
    while (q->next())
        out.append(termsFrom(*q));
    return out;
}

Result<std::optional<PaymentTerms>> SettingsRepository::terms(const QString& code) {
    auto q = read(m_db, QStringLiteral("SELECT code, name, days FROM payment_terms WHERE code = ?"),
                  {code});
    if (!q)
        return fail(q.error());
    return q->next() ? std::optional<PaymentTerms>(termsFrom(*q)) : std::nullopt;
}

Status SettingsRepository::saveTerms(const PaymentTerms& t) {
    auto q = run(m_db.connection(),
                 QStringLiteral("INSERT INTO payment_terms (code, name, days) VALUES (?, ?, ?) "
                                "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                                "days = excluded.days"),
                 {t.code, t.name, formatTermDays(t.days)});
    return q ? Status{} : fail(q.error());
}

} // namespace mostrador::storage
