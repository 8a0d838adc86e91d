// SPDX-License-Identifier: MIT
#include "services/demo_history.h"

#include "services/demo_history_loader.h"
#include "services/services.h"
#include "storage/settings_repository.h"

#include <QElapsedTimer>
#include <array>
#include <spdlog/spdlog.h>

namespace mostrador::services {

using namespace history;

namespace {

constexpr int kMaxOrders = 1000000;
constexpr int kMonths = 24;

const std::array<const char*, 4> kSalespeople{"ana.ruiz", "javier.soto", "lucia.navarro",
                                              "pablo.mendez"};

} // namespace

Result<QStringList> demoSalespeople(Services& s, const domain::Actor& actor,
                                    const QString& password) {
    auto users = s.users().list(actor);
    if (!users)
        return fail(users.error());
    QStringList names;
    for (const domain::User& u : *users)
        if (u.active && u.role == domain::Role::Sales)
            names << u.name;
    if (!names.isEmpty())
        return names;
    if (password.isEmpty())
        return QStringList{actor.name};
    for (const char* name : kSalespeople) {
        auto added = s.users().add(actor, QString::fromLatin1(name), domain::Role::Sales, password);
        if (!added)
            return fail(added.error());
        names << added->name;
    }
    return names;
}

namespace {

Status fillSettings(storage::SettingsRepository& settings, Catalogue& c) {
    auto terms = settings.paymentTerms();
    if (!terms)
        return fail(terms.error());
    for (const domain::PaymentTerms& t : *terms)
        c.terms.insert(t.code, t);
    auto rounding = settings.value(QString::fromUtf16(domain::setting::kTaxRounding));
    if (!rounding)
        return fail(rounding.error());
    c.rounding = rounding->value_or(QString()) == u"global" ? domain::TaxRounding::Global
                                                            : domain::TaxRounding::PerLine;
    return {};
}

// What the orders are made of; refuses a database with nothing to sell.
Result<Catalogue> catalogueFor(Services& s, const domain::Actor& actor, QDate today) {
    storage::BulkHistory bulk(s.database());
    Catalogue c;
    auto parties = bulk.parties();
    auto products = bulk.products();
    if (!parties || !products)
        return fail(!parties ? parties.error() : products.error());
    if (parties->isEmpty() || products->isEmpty())
        return fail(Error::rule(QStringLiteral("demo.history_needs_records"),
                                trMsg("Demo orders need customers and products: load them "
                                      "first (--customers N --products N)")));
    c.parties = std::move(*parties);
    c.products = std::move(*products);
    storage::SettingsRepository settings(s.database());
    if (auto ok = fillSettings(settings, c); !ok)
        return fail(ok.error());
    c.clerk = actor.name;
    c.currency = s.context().currency;
    c.today = today;
    c.start = today.addMonths(-kMonths).addDays(1);
    return c;
}

} // namespace

// Sales already there would interleave with the history and break the series' date order.
Status checkDemoHistory(Services& s, const domain::Actor& actor) {
    if (auto ok = actor.require(domain::Permission::LoadDemo); !ok)
        return ok;
    auto existing = storage::BulkHistory(s.database()).documentCount();
    if (!existing)
        return fail(existing.error());
    if (*existing > 0)
        return fail(Error::rule(QStringLiteral("demo.history_not_empty"),
                                trMsg("A sales history can only be generated in a database "
                                      "without orders, shipments, invoices or payments")));
    return {};
}

Result<DemoHistorySummary> loadDemoHistory(Services& s, const domain::Actor& actor,
                                           const DemoHistoryOptions& options) {
    if (auto ok = actor.require(domain::Permission::LoadDemo); !ok)
        return fail(ok.error());
    if (options.orders < 0 || options.orders > kMaxOrders)
        return fail(Error::invalid(QStringLiteral("demo.count_invalid"),
                                   trMsg("Give between 0 and %1 demo orders").arg(kMaxOrders),
                                   QStringLiteral("orders")));
    DemoHistorySummary summary;
    if (options.orders == 0)
        return summary;
    if (auto ok = checkDemoHistory(s, actor); !ok)
        return fail(ok.error());
    QElapsedTimer timer;
    timer.start();
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    auto catalogue = catalogueFor(s, actor, today);
    if (!catalogue)
        return fail(catalogue.error());
    auto names = demoSalespeople(s, actor, options.salesPassword);
    if (!names)
        return fail(names.error());
    catalogue->salespeople = *names;
    Loader loader(s.context(), *catalogue, options.orders);
    if (auto ok = loader.run(actor); !ok)
        return fail(ok.error());
    summary = loader.summary();
    summary.salespeople = *names;
    summary.milliseconds = timer.elapsed();
    spdlog::info("generated {} demo orders, {} invoices over {} months in {} ms", summary.orders,
                 summary.invoices, kMonths, summary.milliseconds);
    s.notifier().announce(QStringLiteral("*"), QString());
    return summary;
}

} // namespace mostrador::services
