// SPDX-License-Identifier: MIT
#include "cli/values.h"

namespace mostrador::cli {
namespace {

// Runs `parse` on the option's text when it is present and stores what it answers.
template <class T, class Parse>
Status read(const ParsedArgs& args, const QString& name, T& into, Parse parse) {
    if (!args.has(name))
        return {};
    auto parsed = parse(args.value(name));
    if (!parsed)
        return fail(optionError(name, parsed.error()));
    into = *parsed;
    return {};
}

} // namespace

Error optionError(const QString& name, const Error& cause) {
    return Error::invalid(cause.code, QStringLiteral("--%1: %2").arg(name, cause.message), name);
}

Status readMoney(const ParsedArgs& args, const QString& name, domain::Currency currency,
                 std::optional<domain::Money>& into) {
    return read(args, name, into,
                [&](const QString& text) { return domain::Money::parsePlain(text, currency); });
}

Status readPrice(const ParsedArgs& args, const QString& name, domain::UnitPrice& into) {
    return read(args, name, into,
                [](const QString& text) { return domain::UnitPrice::parsePlain(text); });
}

Status readQuantity(const ParsedArgs& args, const QString& name, domain::Quantity& into) {
    return read(args, name, into,
                [](const QString& text) { return domain::Quantity::parsePlain(text); });
}

Status readQuantity(const ParsedArgs& args, const QString& name,
                    std::optional<domain::Quantity>& into) {
    return read(args, name, into,
                [](const QString& text) { return domain::Quantity::parsePlain(text); });
}

Status readPercent(const ParsedArgs& args, const QString& name, domain::Percent& into) {
    return read(args, name, into,
                [](const QString& text) { return domain::Percent::parsePlain(text); });
}

Status readInt(const ParsedArgs& args, const QString& name, int min, int max, int& into) {
    return read(args, name, into, [&](const QString& text) -> Result<int> {
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < min || n > max)
            return fail(Error::invalid(
                QStringLiteral("number.invalid"),
                trMsg("give a whole number from %1 to %2, not “%3”").arg(min).arg(max).arg(text)));
        return n;
    });
}

Status firstError(std::initializer_list<Status> results) {
    for (const Status& s : results)
        if (!s)
            return s;
    return {};
}

Result<storage::ListQuery> readListQuery(const ParsedArgs& args) {
    storage::ListQuery query;
    query.search = args.value(QStringLiteral("search"));
    if (auto ok = readInt(args, QStringLiteral("limit"), 1, 1000000, query.limit); !ok)
        return fail(ok.error());
    return query;
}

} // namespace mostrador::cli
