// SPDX-License-Identifier: MIT
// product add | list | show · stock adjust
#include "cli/command.h"
#include "cli/output.h"
#include "cli/values.h"
#include "services/json.h"

namespace mostrador::cli {

using namespace Qt::StringLiterals;
using domain::Currency;
using domain::Product;
using domain::StockLevel;

namespace {

void insertStock(QJsonObject& json, const StockLevel& level) {
    json.insert(u"on_hand"_s, level.onHand.toPlainString());
    json.insert(u"reserved"_s, level.reserved.toPlainString());
    json.insert(u"available"_s, level.available().toPlainString());
}

// Prices keep at least the company currency's decimals ("12.50", "0.0125").
QJsonObject productJson(const Product& product, const StockLevel& level, Currency currency) {
    QJsonObject json = services::toJson(product);
    json.insert(u"price"_s, product.listPrice.toPlainString(currency));
    json.insert(u"cost"_s, product.standardCost.toPlainString(currency));
    insertStock(json, level);
    return json;
}

QJsonObject rowJson(const services::ProductRow& row, Currency currency) {
    QJsonObject json{{u"sku"_s, row.sku},
                     {u"name"_s, row.name},
                     {u"unit"_s, row.unit},
                     {u"category"_s, row.category},
                     {u"tax"_s, row.taxCode},
                     {u"price"_s, row.listPrice.toPlainString(currency)},
                     {u"cost"_s, row.standardCost.toPlainString(currency)},
                     {u"tracked"_s, row.tracked},
                     {u"active"_s, row.active}};
    insertStock(json, {row.onHand, row.reserved});
    return json;
}

Result<Product> productFromArgs(const ParsedArgs& args) {
    Product p;
    p.sku = args.value(u"sku"_s);
    p.name = args.value(u"name"_s);
    p.taxCode = args.value(u"tax"_s);
    p.category = args.value(u"category"_s);
    p.unit = args.value(u"unit"_s, p.unit);
    p.tracked = !args.has(u"untracked"_s);
    if (auto ok = firstError({readPrice(args, u"price"_s, p.listPrice),
                              readPrice(args, u"cost"_s, p.standardCost),
                              readQuantity(args, u"weight"_s, p.weightKg)});
        !ok)
        return fail(ok.error());
    return p;
}

// The product with its stock position: two reads after the one write.
Result<QJsonObject> describe(Session& s, const QString& sku) {
    auto product = s.services.products().get(s.actor, sku);
    if (!product)
        return fail(product.error());
    auto level = s.services.products().stockLevel(s.actor, product->sku);
    if (!level)
        return fail(level.error());
    return productJson(*product, *level, s.currency());
}

Result<Reply> addProduct(Session& s, const ParsedArgs& args) {
    auto product = productFromArgs(args);
    if (!product)
        return fail(product.error());
    std::optional<domain::Quantity> stock;
    if (auto ok = readQuantity(args, u"stock"_s, stock); !ok)
        return fail(ok.error());
    auto created = s.services.products().create(s.actor, *product, stock);
    if (!created)
        return fail(created.error());
    auto json = describe(s, created->sku);
    if (!json)
        return fail(json.error());
    return doneReply(*json, trMsg("Created product %1 “%2”").arg(created->sku, created->name));
}

Result<Reply> listProducts(Session& s, const ParsedArgs& args) {
    auto query = readListQuery(args);
    if (!query)
        return fail(query.error());
    auto rows = s.services.products().list(s.actor, *query);
    if (!rows)
        return fail(rows.error());
    QJsonArray out;
    for (const services::ProductRow& row : *rows)
        out.append(rowJson(row, s.currency()));
    return listReply(out, {{trMsg("SKU"), u"sku"_s},
                           {trMsg("Name"), u"name"_s},
                           {trMsg("Category"), u"category"_s},
                           {trMsg("Tax"), u"tax"_s},
                           {trMsg("Price"), u"price"_s, true},
                           {trMsg("Cost"), u"cost"_s, true},
                           {trMsg("On hand"), u"on_hand"_s, true},
                           {trMsg("Available"), u"available"_s, true}});
}

Result<Reply> showProduct(Session& s, const ParsedArgs& args) {
    auto json = describe(s, args.positional(0));
    if (!json)
        return fail(json.error());
    return showReply(*json, {u"sku"_s, u"name"_s, u"unit"_s, u"price"_s, u"cost"_s, u"tax"_s,
                             u"on_hand"_s, u"reserved"_s, u"available"_s});
}

Result<Reply> adjustStock(Session& s, const ParsedArgs& args) {
    domain::Quantity qty;
    if (auto ok = readQuantity(args, u"qty"_s, qty); !ok)
        return fail(ok.error());
    const QString sku = args.value(u"sku"_s);
    auto level = s.services.stock().adjust(s.actor, sku, qty, args.value(u"reason"_s));
    if (!level)
        return fail(level.error());
    QJsonObject json{{u"sku"_s, sku}, {u"qty"_s, qty.toPlainString()}};
    insertStock(json, *level);
    return doneReply(
        json, trMsg("Stock of %1 is now %2 (available %3)")
                  .arg(sku, level->onHand.toPlainString(), level->available().toPlainString()));
}

} // namespace

QList<Command> productCommands() {
    const ArgsSpec add{{valueOption(u"sku"_s, u"S"_s, true), valueOption(u"name"_s, u"N"_s, true),
                        valueOption(u"price"_s, u"P"_s, true), valueOption(u"cost"_s, u"C"_s),
                        valueOption(u"tax"_s, u"CODE"_s), valueOption(u"stock"_s, u"Q"_s),
                        valueOption(u"weight"_s, u"KG"_s), valueOption(u"category"_s, u"CAT"_s),
                        valueOption(u"unit"_s, u"U"_s), flagOption(u"untracked"_s)}};
    const ArgsSpec list{{valueOption(u"search"_s, u"TEXT"_s), valueOption(u"limit"_s, u"N"_s)}};
    const ArgsSpec adjust{{valueOption(u"sku"_s, u"S"_s, true),
                           valueOption(u"qty"_s, u"±Q"_s, true),
                           valueOption(u"reason"_s, u"R"_s, true)}};
    return {
        {{u"product"_s, u"add"_s},
         {},
         trMsg("Create a product, optionally with its initial stock."),
         add,
         addProduct},
        {{u"product"_s, u"list"_s},
         {},
         trMsg("List products with their stock, optionally matching a search."),
         list,
         listProducts},
        {{u"product"_s, u"show"_s},
         u"SKU"_s,
         trMsg("Show one product and its stock."),
         {{}, 1, 1},
         showProduct},
        {{u"stock"_s, u"adjust"_s},
         {},
         trMsg("Add (or with a negative quantity remove) stock, with a reason."),
         adjust,
         adjustStock},
    };
}

} // namespace mostrador::cli
