// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mostrador::cli {

// One option of a command: `--name VALUE` when it takes a value, `--name` alone when
// it is a flag. Options not marked required may be left out.
struct OptionSpec {
    QString name;      // without the dashes: "credit-limit"
    QString valueName; // "A"; empty for a flag
    bool required = false;
    bool takesValue() const { return !valueName.isEmpty(); }
};

inline OptionSpec valueOption(const QString& name, const QString& valueName,
                              bool required = false) {
    return {name, valueName, required};
}
inline OptionSpec flagOption(const QString& name) {
    return {name, {}, false};
}

// The arguments of one command after its words: options and positional arguments.
class ParsedArgs {
public:
    bool has(const QString& name) const { return m_values.contains(name); }
    // The option's value; given twice, the last one counts.
    QString value(const QString& name, const QString& fallback = {}) const {
        const auto found = m_values.find(name);
        return found == m_values.end() ? fallback : found->last();
    }
    // Every value of an option that may be repeated (`--line A:1 --line B:2`), in order.
    QStringList values(const QString& name) const { return m_values.value(name); }
    const QStringList& positionals() const { return m_positionals; }
    QString positional(int i) const { return m_positionals.value(i); }

    void set(const QString& name, const QString& value) { m_values[name].append(value); }
    void addPositional(const QString& value) { m_positionals.append(value); }

private:
    QHash<QString, QStringList> m_values;
    QStringList m_positionals;
};

// What a command accepts: its options and how many positional arguments.
struct ArgsSpec {
    QList<OptionSpec> options;
    int minPositionals = 0;
    int maxPositionals = 0;
};

// Parses `args` against `spec`. An option that takes a value always takes the next
// argument, so `--qty -5` gives "-5"; `--name=value` works too; `--` ends the options.
// A lone "-5" is a positional argument, not an option. Errors are Invalid (usage).
Result<ParsedArgs> parseArgs(const QStringList& args, const ArgsSpec& spec);

// "-5", "-0.5": a negative number, which is never an option.
bool looksLikeNegativeNumber(const QString& arg);

} // namespace mostrador::cli
