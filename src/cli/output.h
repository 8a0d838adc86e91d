// SPDX-License-Identifier: MIT
#pragma once

#include "cli/command.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace mostrador::cli {

// Exit status of a refusal: 1 rule or permission, 2 invalid input or unknown name,
// 3 storage.
int exitStatusFor(ErrorKind kind);

// {"error":{"rule":CODE,"message":TEXT}} (plus "field" when the error names one).
QJsonObject errorJson(const Error& error);

// Writes answers in the mode the user chose: with --json exactly one JSON document on
// stdout, also for errors; otherwise text on stdout and errors on stderr.
class Output {
public:
    Output(QTextStream& out, QTextStream& err, bool json)
        : m_out(out)
        , m_err(err)
        , m_json(json) {}

    void setJson(bool json) { m_json = json; }
    // Prints the reply and answers its exit status.
    int reply(const Reply& reply);
    // Prints the error and answers its exit status.
    int error(const Error& error);
    // Help asked for: usage on stdout, exit 0.
    int help(const QString& usage);
    // Usage on stderr after a usage error, exit 2.
    int usageError(const Error& error, const QString& usage);

private:
    void printJson(const QJsonValue& value);

    QTextStream& m_out;
    QTextStream& m_err;
    bool m_json;
};

// A column of a text table: its header and the JSON key it shows.
struct Column {
    QString header;
    QString key;
    bool alignRight = false;
};

// A JSON value as a person reads it: strings as they are, null as "-", bools yes/no.
QString displayText(const QJsonValue& value);
QString renderTable(const QJsonArray& rows, const QList<Column>& columns);
// "key: value" lines, `order` first, then the remaining keys alphabetically.
QString renderFields(const QJsonObject& object, const QStringList& order = {});

Reply listReply(const QJsonArray& rows, const QList<Column>& columns);
Reply showReply(const QJsonObject& object, const QStringList& order = {});
Reply doneReply(const QJsonObject& object, const QString& line);
// A sales document: its fields (`order` first), then its lines as a table.
Reply documentReply(const QJsonObject& document, const QStringList& order);
// A sales document an action produced: `done` (a finished sentence) above its documentReply.
Reply documentDoneReply(const QJsonObject& document, const QStringList& order, const QString& done);

} // namespace mostrador::cli
