// SPDX-License-Identifier: MIT
#pragma once

#include "cli/args.h"
#include "domain/user.h"
#include "services/services.h"

#include <QJsonValue>
#include <functional>

namespace mostrador::cli {

// What a command answers: the JSON document for --json, the text for people, and the
// exit status (non-zero only for answers that are refusals too, like an import with
// bad rows, whose report is still the answer).
struct Reply {
    QJsonValue json;
    QString text;
    int status = 0;
};

// What a command runs against: the services over the open database and the user it
// acts as (empty for `init`, which runs before there are users).
struct Session {
    services::Services& services;
    domain::Actor actor;

    domain::Currency currency() const { return services.context().currency; }
};

using Handler = std::function<Result<Reply>(Session&, const ParsedArgs&)>;

// One command of `mostrador-cli`: the words that name it ("customer", "add"), its
// arguments, and the one service call it maps to.
struct Command {
    QStringList words;
    QString operands; // positional arguments in the usage line: "CODE", "KEY VALUE"
    QString summary;
    ArgsSpec args;
    Handler run;
    bool needsLogin = true;       // false for init: there is no user yet
    bool createsDatabase = false; // init may create a new file; others need an existing one
    // Runs in a new database in a temporary folder, never the one --db names (bench).
    bool temporaryDatabase = false;
};

QList<Command> setupCommands();
QList<Command> settingsCommands();
QList<Command> customerCommands();
QList<Command> productCommands();
QList<Command> priceCommands();
QList<Command> quoteCommands();
QList<Command> transferCommands();
QList<Command> printCommands();
QList<Command> orderCommands();
QList<Command> shipmentCommands();
QList<Command> paymentCommands();
QList<Command> invoiceCommands();
QList<Command> returnCommands();
QList<Command> benchCommands();

// Every command, in the order the usage lists them.
const QList<Command>& allCommands();

// "customer add --name N [--code C] …"
QString synopsis(const Command& command);
// The usage of every command, or of those whose first word is `group` when given.
QString usageText(const QString& group = {});

} // namespace mostrador::cli
