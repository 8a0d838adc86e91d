// SPDX-License-Identifier: MIT
#pragma once

#include "domain/sales_document.h"
#include "domain/user.h"
#include "services/service_context.h"
#include "storage/customer_repository.h"
#include "storage/price_list_repository.h"
#include "storage/product_repository.h"
#include "storage/settings_repository.h"

#include <QHash>

namespace mostrador::services {

class SettingsService;
struct LineInput;

// What quotations and orders share when they are made: the customer's part of the
// header, lines priced by the engine from the products, and the totals under the
// company's tax rounding. Reads only; the caller owns the transaction.
class SalesDocumentBuilder {
public:
    SalesDocumentBuilder(ServiceContext& ctx, SettingsService& settings);

    // The customer's code, name, tax id, addresses, payment terms (the company default
    // when the customer has none) and price list. Unknown or inactive customers are refused.
    Result<domain::DocumentParty> party(const QString& customerCode);
    // Each input line completed from its product and priced for the party on `date`.
    // Errors name the line and field ("Line 2: …", lines[1].sku).
    Result<QList<domain::DocumentLine>> lines(const domain::Actor& actor,
                                              const domain::DocumentParty& party,
                                              const QList<LineInput>& inputs, const QDate& date);
    // Fills the lines' net and tax and answers the totals.
    Result<domain::DocumentTotals> total(QList<domain::DocumentLine>& lines);

private:
    // What pricing a document's lines needs, read once for all of them.
    struct Catalogue {
        QHash<QString, domain::Product> products; // by SKU
        QList<domain::PriceRule> rules;
    };
    Result<Catalogue> catalogue(const domain::DocumentParty& party, const QList<LineInput>& inputs);
    Result<domain::DocumentLine> line(const domain::DocumentParty& party, const LineInput& input,
                                      const QDate& date, qsizetype index,
                                      const Catalogue& catalogue);
    Result<domain::Percent> taxRate(const QString& code);

    ServiceContext& m_ctx;
    SettingsService& m_settings;
    storage::CustomerRepository m_customers;
    storage::ProductRepository m_products;
    storage::PriceListRepository m_rules;
    storage::SettingsRepository m_settingsStore;
    QHash<QString, domain::Percent> m_taxRates; // within one lines() call
};

} // namespace mostrador::services
