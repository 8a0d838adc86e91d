// SPDX-License-Identifier: MIT
#include "cli/document_args.h"

#include "cli/values.h"

namespace mostrador::cli {

namespace {

Error badSpec(const QString& spec) {
    return Error::invalid(QStringLiteral("line.invalid"),
                          trMsg("“%1” is not SKU:QTY[@PRICE][-DISC%]").arg(spec));
}

} // namespace

Result<services::LineInput> parseLineSpec(const QString& spec) {
    const qsizetype colon = spec.indexOf(u':');
    if (colon < 1)
        return fail(badSpec(spec));
    services::LineInput line;
    line.sku = spec.left(colon).trimmed();
    QString rest = spec.mid(colon + 1).trimmed();
    if (rest.endsWith(u'%')) {
        const qsizetype dash = rest.lastIndexOf(u'-');
        if (dash < 1)
            return fail(badSpec(spec));
        auto discount = domain::Percent::parsePlain(rest.mid(dash + 1, rest.size() - dash - 2));
        if (!discount)
            return fail(discount.error());
        line.discount = *discount;
        rest = rest.left(dash);
    }
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        auto price = domain::UnitPrice::parsePlain(rest.mid(at + 1));
        if (!price)
            return fail(price.error());
        line.unitPrice = *price;
        rest = rest.left(at);
    }
    auto qty = domain::Quantity::parsePlain(rest);
    if (!qty)
        return fail(qty.error());
    line.qty = *qty;
    return line;
}

Result<QList<services::LineInput>> readLineSpecs(const ParsedArgs& args) {
    const QString name = QStringLiteral("line");
    QList<services::LineInput> lines;
    const QStringList specs = args.values(name);
    for (qsizetype i = 0; i < specs.size(); ++i) {
        auto line = parseLineSpec(specs[i]);
        if (!line) {
            Error e = optionError(name, line.error());
            e.message = trMsg("Line %1: %2").arg(i + 1).arg(e.message);
            e.field = QStringLiteral("lines[%1]").arg(i);
            return fail(e);
        }
        lines.append(*line);
    }
    return lines;
}

Status readIsoDate(const ParsedArgs& args, const QString& name, QDate& into) {
    if (!args.has(name))
        return {};
    const QDate date = QDate::fromString(args.value(name), Qt::ISODate);
    if (!date.isValid())
        return fail(optionError(
            name, Error::invalid(QStringLiteral("date.invalid"),
                                 trMsg("“%1” is not a date (YYYY-MM-DD)").arg(args.value(name)))));
    into = date;
    return {};
}

} // namespace mostrador::cli
