// SPDX-License-Identifier: MIT
#include "cli/args.h"

namespace mostrador::cli {
namespace {

Error usage(const QString& code, const QString& message) {
    return Error::invalid(QStringLiteral("usage.") + code, message);
}

const OptionSpec* findOption(const ArgsSpec& spec, const QString& name) {
    for (const OptionSpec& o : spec.options)
        if (o.name == name)
            return &o;
    return nullptr;
}

bool isOption(const QString& arg) {
    return arg.size() > 1 && arg.startsWith(u'-') && !looksLikeNegativeNumber(arg);
}

// Reads the option at args[i] (and its value), advancing i past what it used.
Status takeOption(const QStringList& args, qsizetype& i, const ArgsSpec& spec, ParsedArgs& out) {
    const QString arg = args[i];
    if (!arg.startsWith(QLatin1String("--")))
        return fail(usage(QStringLiteral("unknown_option"), trMsg("Unknown option %1").arg(arg)));
    const qsizetype eq = arg.indexOf(u'=');
    const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
    const OptionSpec* option = findOption(spec, name);
    if (!option)
        return fail(
            usage(QStringLiteral("unknown_option"), trMsg("Unknown option --%1").arg(name)));
    if (!option->takesValue()) {
        if (eq >= 0)
            return fail(usage(QStringLiteral("unexpected_value"),
                              trMsg("Option --%1 takes no value").arg(name)));
        out.set(name, QStringLiteral("true"));
        return {};
    }
    if (eq >= 0) {
        out.set(name, arg.mid(eq + 1));
        return {};
    }
    if (i + 1 >= args.size())
        return fail(usage(QStringLiteral("missing_value"),
                          trMsg("Option --%1 needs a value (%2)").arg(name, option->valueName)));
    out.set(name, args[++i]);
    return {};
}

Status checkComplete(const ArgsSpec& spec, const ParsedArgs& out) {
    for (const OptionSpec& o : spec.options)
        if (o.required && !out.has(o.name))
            return fail(usage(QStringLiteral("missing_option"),
                              trMsg("Option --%1 is required").arg(o.name)));
    const auto count = out.positionals().size();
    if (count < spec.minPositionals)
        return fail(usage(QStringLiteral("missing_argument"), trMsg("An argument is missing")));
    if (count > spec.maxPositionals)
        return fail(usage(QStringLiteral("extra_argument"),
                          trMsg("Unexpected argument “%1”").arg(out.positionals().last())));
    return {};
}

} // namespace

bool looksLikeNegativeNumber(const QString& arg) {
    if (arg.size() < 2 || arg[0] != u'-')
        return false;
    for (qsizetype i = 1; i < arg.size(); ++i)
        if (!arg[i].isDigit() && arg[i] != u'.')
            return false;
    return true;
}

Result<ParsedArgs> parseArgs(const QStringList& args, const ArgsSpec& spec) {
    ParsedArgs out;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (!optionsEnded && args[i] == QLatin1String("--")) {
            optionsEnded = true;
        } else if (!optionsEnded && isOption(args[i])) {
            if (auto ok = takeOption(args, i, spec, out); !ok)
                return fail(ok.error());
        } else {
            out.addPositional(args[i]);
        }
    }
    if (auto ok = checkComplete(spec, out); !ok)
        return fail(ok.error());
    return out;
}

} // namespace mostrador::cli
