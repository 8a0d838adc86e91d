// SPDX-License-Identifier: MIT
#include "cli/command.h"

namespace mostrador::cli {

// customer account, print statement|credit-note (statement_commands.cpp)
QList<Command> accountCommands();
QList<Command> statementPrintCommands();
// report backlog|demand|stock (report_commands.cpp)
QList<Command> reportCommands();
// report sales (sales_report_commands.cpp)
QList<Command> salesReportCommands();

const QList<Command>& allCommands() {
    static const QList<Command> all = [] {
        QList<Command> out = setupCommands();
        out += settingsCommands();
        out += customerCommands();
        out += accountCommands();
        out += productCommands();
        out += priceCommands();
        out += quoteCommands();
        out += orderCommands();
        out += shipmentCommands();
        out += paymentCommands();
        out += salesReportCommands();
        out += reportCommands();
        out += invoiceCommands();
        out += returnCommands();
        out += transferCommands();
        out += printCommands();
        out += statementPrintCommands();
        out += benchCommands();
        return out;
    }();
    return all;
}

QString synopsis(const Command& command) {
    QStringList parts = command.words;
    if (!command.operands.isEmpty())
        parts.append(command.operands);
    for (const OptionSpec& o : command.args.options) {
        QString text = QStringLiteral("--") + o.name;
        if (o.takesValue())
            text += u' ' + o.valueName;
        parts.append(o.required ? text : u'[' + text + u']');
    }
    return parts.join(u' ');
}

QString usageText(const QString& group) {
    QStringList lines;
    lines << QStringLiteral("Usage: mostrador-cli [--db FILE] [--user NAME] [--json] COMMAND …")
          << QString()
          << trMsg("Acts as --user (default admin) with the password in MOSTRADOR_PASSWORD.")
          << trMsg("Exit status: 0 done, 1 refused, 2 bad usage or input, 3 storage error.")
          << QString() << trMsg("Commands:");
    for (const Command& c : allCommands()) {
        if (!group.isEmpty() && c.words.first() != group)
            continue;
        lines << QStringLiteral("  ") + synopsis(c) << QStringLiteral("      ") + c.summary;
    }
    return lines.join(u'\n');
}

} // namespace mostrador::cli
