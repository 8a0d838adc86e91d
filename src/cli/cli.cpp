// SPDX-License-Identifier: MIT
// Global options, finding the command, opening the database, logging in, dispatch.
#include "cli/cli.h"

#include "cli/command.h"
#include "cli/output.h"
#include "services/logging.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <spdlog/spdlog.h>

namespace mostrador::cli {

using namespace Qt::StringLiterals;

namespace {

const QString kPasswordVariable = u"MOSTRADOR_PASSWORD"_s;

struct GlobalOptions {
    QString db;
    QString user = u"admin"_s;
    bool json = false;
    bool help = false;
    QStringList rest; // the command and its arguments
};

Error usageError(const QString& code, const QString& message) {
    return Error::invalid(u"usage."_s + code, message);
}

// Reads `--name VALUE` or `--name=VALUE` at args[i]; false when args[i] is another option.
Result<bool> takeGlobalValue(const QStringList& args, qsizetype& i, const QString& name,
                             QString& into) {
    const QString flag = u"--"_s + name;
    if (args[i].startsWith(flag + u'=')) {
        into = args[i].mid(flag.size() + 1);
        return true;
    }
    if (args[i] != flag)
        return false;
    if (i + 1 >= args.size())
        return fail(usageError(u"missing_value"_s, trMsg("Option %1 needs a value").arg(flag)));
    into = args[++i];
    return true;
}

Result<GlobalOptions> parseGlobalOptions(const QStringList& args) {
    GlobalOptions g;
    qsizetype i = 0;
    for (; i < args.size() && args[i].startsWith(u'-'); ++i) {
        if (args[i] == u"--json"_s) {
            g.json = true;
            continue;
        }
        if (args[i] == u"--help"_s || args[i] == u"-h"_s) {
            g.help = true;
            continue;
        }
        auto taken = takeGlobalValue(args, i, u"db"_s, g.db);
        if (taken && !*taken)
            taken = takeGlobalValue(args, i, u"user"_s, g.user);
        if (!taken)
            return fail(taken.error());
        if (!*taken)
            return fail(usageError(u"unknown_option"_s, trMsg("Unknown option %1").arg(args[i])));
    }
    g.rest = args.mid(i);
    if (g.db.isEmpty())
        g.db = services::defaultDatabasePath();
    return g;
}

const Command* findCommand(const QStringList& words) {
    for (const Command& c : allCommands())
        if (words.size() >= c.words.size() && words.mid(0, c.words.size()) == c.words)
            return &c;
    return nullptr;
}

bool isGroup(const QString& word) {
    return std::any_of(allCommands().begin(), allCommands().end(), [&](const Command& c) {
        return c.words.size() > 1 && c.words.first() == word;
    });
}

bool asksForHelp(const QStringList& args) {
    for (const QString& a : args) {
        if (a == u"--"_s)
            return false;
        if (a == u"--help"_s || a == u"-h"_s)
            return true;
    }
    return false;
}

Result<std::unique_ptr<services::Services>> openDatabase(const QString& path, bool mayCreate) {
    if (!mayCreate && !QFileInfo::exists(path))
        return fail(Error::storage(u"storage.no_database"_s,
                                   trMsg("There is no database %1; create one with "
                                         "“mostrador-cli init” or name it with --db")
                                       .arg(path)));
    return services::Services::open(path);
}

Result<domain::Actor> logIn(services::Services& services, const QString& user,
                            const QProcessEnvironment& env) {
    auto initialized = services.setup().isInitialized();
    if (!initialized)
        return fail(initialized.error());
    if (!*initialized)
        return fail(Error::rule(u"setup.not_initialized"_s,
                                trMsg("This database has no company yet; run “mostrador-cli init” "
                                      "first")));
    if (!env.contains(kPasswordVariable))
        return fail(Error::invalid(
            u"login.no_password"_s,
            trMsg("Set %1 to the password of user %2").arg(kPasswordVariable, user)));
    return services.users().login(user, env.value(kPasswordVariable));
}

Result<Reply> runCommand(const Command& command, const ParsedArgs& args,
                         const GlobalOptions& global, const QProcessEnvironment& env) {
    QTemporaryDir scratch;
    const QString path =
        command.temporaryDatabase ? scratch.filePath(QStringLiteral("scratch.db")) : global.db;
    auto services = openDatabase(path, command.createsDatabase || command.temporaryDatabase);
    if (!services)
        return fail(services.error());
    Session session{**services, {}};
    if (command.needsLogin) {
        auto actor = logIn(**services, global.user, env);
        if (!actor)
            return fail(actor.error());
        session.actor = *actor;
    }
    try {
        return command.run(session, args);
    } catch (const domain::OverflowError&) {
        return fail(Error::invalid(u"number.overflow"_s,
                                   trMsg("An amount is too large to be computed exactly")));
    } catch (const std::exception& e) {
        return fail(Error::storage(
            u"internal"_s, trMsg("Internal error: %1").arg(QString::fromLocal8Bit(e.what()))));
    }
}

// The command's own options plus --json, which may also follow the command.
ArgsSpec withGlobalFlags(ArgsSpec spec) {
    spec.options.append(flagOption(u"json"_s));
    return spec;
}

int dispatch(const GlobalOptions& global, const QProcessEnvironment& env, Output& output) {
    const Command* command = findCommand(global.rest);
    if (!command) {
        const QString first = global.rest.first();
        if (isGroup(first))
            return asksForHelp(global.rest.mid(1))
                       ? output.help(usageText(first))
                       : output.usageError(usageError(u"missing_command"_s,
                                                      trMsg("“%1” needs a command").arg(first)),
                                           usageText(first));
        return output.usageError(
            usageError(u"unknown_command"_s,
                       trMsg("Unknown command “%1”").arg(global.rest.join(u' '))),
            usageText());
    }
    const QStringList rest = global.rest.mid(command->words.size());
    const QString usage =
        u"Usage: mostrador-cli "_s + synopsis(*command) + u"\n    "_s + command->summary;
    if (asksForHelp(rest))
        return output.help(usage);
    auto args = parseArgs(rest, withGlobalFlags(command->args));
    if (!args)
        return output.usageError(args.error(), usage);
    const QString name = command->words.join(u' ');
    spdlog::info("{} as {}", name.toStdString(), global.user.toStdString());
    auto reply = runCommand(*command, *args, global, env);
    if (!reply) {
        spdlog::warn("{} refused: {}", name.toStdString(), reply.error().code.toStdString());
        return output.error(reply.error());
    }
    return output.reply(*reply);
}

} // namespace

int runCli(const QStringList& args, QTextStream& out, QTextStream& err,
           const QProcessEnvironment& env) {
    Output output(out, err, args.contains(u"--json"_s));
    auto global = parseGlobalOptions(args);
    if (!global)
        return output.usageError(global.error(), usageText());
    if (global->rest.isEmpty())
        return global->help
                   ? output.help(usageText())
                   : output.usageError(usageError(u"missing_command"_s, trMsg("No command given")),
                                       usageText());
    return dispatch(*global, env, output);
}

} // namespace mostrador::cli
