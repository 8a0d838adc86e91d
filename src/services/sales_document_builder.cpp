// SPDX-License-Identifier: MIT
#include "services/sales_document_builder.h"

#include "services/quotation_service.h"
#include "services/settings_service.h"

namespace mostrador::services {

using domain::DocumentLine;
using domain::DocumentParty;

namespace {

Error lineError(const char* code, qsizetype index, const char* field, const QString& message) {
    return Error::invalid(QLatin1String(code), trMsg("Line %1: %2").arg(index + 1).arg(message),
                          QStringLiteral("lines[%1].%2").arg(index).arg(QLatin1String(field)));
}

// Why the line costs what it does: the engine's explanation, or that a person set it.
QString priceNote(const domain::PriceDecision& decision, const DocumentLine& line,
                  domain::Currency currency) {
    const QLocale locale;
    const QString engine = domain::explainPrice(decision, locale);
    if (line.unitPrice == decision.unitPrice && line.discount == decision.discount)
        return engine;
    return trMsg("Set by hand (%1: %2, %3 % off)")
        .arg(engine, decision.unitPrice.toString(locale, currency),
             decision.discount.toString(locale));
}

} // namespace

SalesDocumentBuilder::SalesDocumentBuilder(ServiceContext& ctx, SettingsService& settings)
    : m_ctx(ctx)
    , m_settings(settings)
    , m_customers(ctx.db, ctx.currency)
    , m_products(ctx.db)
    , m_rules(ctx.db)
    , m_settingsStore(ctx.db) {}

Result<DocumentParty> SalesDocumentBuilder::party(const QString& customerCode) {
    const QString code = customerCode.trimmed().toUpper();
    if (code.isEmpty())
        return fail(Error::invalid(QStringLiteral("document.customer_required"),
                                   trMsg("Choose a customer"), QStringLiteral("customer")));
    auto found = m_customers.findByCode(code);
    if (!found)
        return fail(found.error());
    if (!*found || !(*found)->active)
        return fail(Error::invalid(QStringLiteral("customer.not_found"),
                                   trMsg("There is no active customer with code “%1”").arg(code),
                                   QStringLiteral("customer")));
    const domain::Customer& c = **found;
    DocumentParty p{c.id,
                    c.code,
                    c.name,
                    c.taxId,
                    c.billingAddress,
                    c.shippingAddress,
                    c.paymentTermsCode,
                    c.priceListCode};
    if (p.paymentTermsCode.isEmpty()) {
        auto terms = m_settings.value(QString::fromUtf16(domain::setting::kDefaultTerms));
        if (!terms)
            return fail(terms.error());
        p.paymentTermsCode = *terms;
    }
    return p;
}

Result<domain::Percent> SalesDocumentBuilder::taxRate(const QString& code) {
    if (code.isEmpty())
        return domain::Percent();
    if (auto known = m_taxRates.constFind(code); known != m_taxRates.constEnd())
        return *known;
    auto rate = m_settingsStore.taxRate(code);
    if (!rate)
        return fail(rate.error());
    const domain::Percent found = *rate ? (*rate)->rate : domain::Percent();
    m_taxRates.insert(code, found);
    return found;
}

Result<SalesDocumentBuilder::Catalogue>
SalesDocumentBuilder::catalogue(const DocumentParty& party, const QList<LineInput>& inputs) {
    QStringList skus;
    for (const LineInput& input : inputs)
        if (const QString sku = input.sku.trimmed().toUpper();
            !sku.isEmpty() && !skus.contains(sku))
            skus.append(sku);
    Catalogue c;
    auto products = m_products.findBySkus(skus);
    if (!products)
        return fail(products.error());
    c.products = std::move(*products);
    QStringList categories;
    for (const domain::Product& p : std::as_const(c.products))
        if (!p.category.isEmpty() && !categories.contains(p.category))
            categories.append(p.category);
    auto rules =
        m_rules.candidatesForAll(party.priceListCode, party.customerCode, skus, categories);
    if (!rules)
        return fail(rules.error());
    c.rules = std::move(*rules);
    return c;
}

Result<DocumentLine> SalesDocumentBuilder::line(const DocumentParty& party, const LineInput& input,
                                                const QDate& date, qsizetype index,
                                                const Catalogue& catalogue) {
    const QString sku = input.sku.trimmed().toUpper();
    if (sku.isEmpty())
        return fail(lineError("line.sku", index, "sku", trMsg("a product is required")));
    const auto product = catalogue.products.constFind(sku);
    if (product == catalogue.products.constEnd() || !product->active)
        return fail(lineError("product.not_found", index, "sku",
                              trMsg("there is no active product with SKU “%1”").arg(sku)));
    if (input.qty <= domain::Quantity())
        return fail(
            lineError("line.qty", index, "qty", trMsg("the quantity must be greater than zero")));
    const domain::Product& p = *product;
    QList<domain::PriceRule> candidates;
    for (const domain::PriceRule& rule : catalogue.rules)
        if (domain::ruleConcerns(rule, party.priceListCode, party.customerCode, p.sku, p.category))
            candidates.append(rule);
    const std::optional<domain::PriceDecision> decision = domain::resolvePrice(
        {party.customerCode, p.sku, p.category, p.listPrice, input.qty, date}, candidates);
    DocumentLine l;
    l.productId = p.id;
    l.sku = p.sku;
    l.description = input.description.trimmed().isEmpty() ? p.name : input.description.trimmed();
    l.unit = p.unit;
    l.qty = input.qty;
    l.unitPrice = input.unitPrice.value_or(decision->unitPrice);
    l.discount = input.discount.value_or(decision->discount);
    l.taxCode = p.taxCode;
    auto rate = taxRate(p.taxCode);
    if (!rate)
        return fail(rate.error());
    l.taxRate = *rate;
    l.unitCost = p.standardCost;
    l.stockTracked = p.tracked;
    l.priceNote = priceNote(*decision, l, m_ctx.currency);
    l.requestedDate = input.requestedDate;
    return l;
}

Result<QList<DocumentLine>> SalesDocumentBuilder::lines(const domain::Actor& actor,
                                                        const DocumentParty& party,
                                                        const QList<LineInput>& inputs,
                                                        const QDate& date) {
    if (auto ok = actor.require(domain::Permission::ViewProducts); !ok)
        return fail(ok.error());
    QList<DocumentLine> lines;
    lines.reserve(inputs.size());
    m_taxRates.clear(); // rates may have changed since the last document
    auto known = catalogue(party, inputs);
    if (!known)
        return fail(known.error());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        auto l = line(party, inputs[i], date, i, *known);
        if (!l)
            return fail(l.error());
        lines.append(*l);
    }
    if (auto ok = domain::validateLines(lines); !ok)
        return fail(ok.error());
    return lines;
}

Result<domain::DocumentTotals> SalesDocumentBuilder::total(QList<DocumentLine>& lines) {
    auto rounding = m_settings.value(QString::fromUtf16(domain::setting::kTaxRounding));
    if (!rounding)
        return fail(rounding.error());
    const auto mode =
        *rounding == u"global" ? domain::TaxRounding::Global : domain::TaxRounding::PerLine;
    return domain::priceLines(lines, mode, m_ctx.currency);
}

} // namespace mostrador::services
