// SPDX-License-Identifier: MIT
#include "cli/output.h"

#include <QJsonDocument>
#include <algorithm>

namespace mostrador::cli {

int exitStatusFor(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Rule:
    case ErrorKind::Permission:
        return 1;
    case ErrorKind::Invalid:
    case ErrorKind::NotFound:
        return 2;
    case ErrorKind::Storage:
        return 3;
    }
    return 3;
}

QJsonObject errorJson(const Error& error) {
    QJsonObject inner{{QStringLiteral("rule"), error.code},
                      {QStringLiteral("message"), error.message}};
    if (!error.field.isEmpty())
        inner.insert(QStringLiteral("field"), error.field);
    return {{QStringLiteral("error"), inner}};
}

void Output::printJson(const QJsonValue& value) {
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int Output::reply(const Reply& reply) {
    if (m_json) {
        printJson(reply.json);
    } else if (!reply.text.isEmpty()) {
        m_out << reply.text << u'\n';
        m_out.flush();
    }
    return reply.status;
}

int Output::error(const Error& error) {
    if (m_json) {
        printJson(errorJson(error));
    } else {
        m_err << trMsg("error: %1").arg(error.message) << u'\n';
        m_err.flush();
    }
    return exitStatusFor(error.kind);
}

int Output::help(const QString& usage) {
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("usage"), usage}});
    else
        m_out << usage << u'\n';
    m_out.flush();
    return 0;
}

int Output::usageError(const Error& error, const QString& usage) {
    const int status = this->error(error);
    m_err << usage << u'\n';
    m_err.flush();
    return status;
}

QString displayText(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("-");
    case QJsonValue::Bool:
        return value.toBool() ? trMsg("yes") : trMsg("no");
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(
            (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                .toJson(QJsonDocument::Compact));
    }
    return {};
}

QString renderTable(const QJsonArray& rows, const QList<Column>& columns) {
    QList<qsizetype> widths;
    for (const Column& c : columns)
        widths.append(c.header.size());
    QList<QStringList> cells;
    for (const QJsonValue& row : rows) {
        QStringList line;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            line.append(displayText(row.toObject().value(columns[i].key)).simplified());
            widths[i] = std::max(widths[i], line.last().size());
        }
        cells.append(line);
    }
    auto format = [&](const QStringList& line) {
        QStringList padded;
        for (qsizetype i = 0; i < columns.size(); ++i)
            padded.append(columns[i].alignRight ? line[i].rightJustified(widths[i])
                                                : line[i].leftJustified(widths[i]));
        QString text = padded.join(QStringLiteral("  "));
        while (text.endsWith(u' '))
            text.chop(1);
        return text;
    };
    QStringList headers;
    for (const Column& c : columns)
        headers.append(c.header);
    QStringList out{format(headers)};
    for (const QStringList& line : cells)
        out.append(format(line));
    return out.join(u'\n');
}

QString renderFields(const QJsonObject& object, const QStringList& order) {
    QStringList keys = order;
    for (const QString& key : object.keys())
        if (!keys.contains(key))
            keys.append(key);
    QStringList lines;
    for (const QString& key : keys)
        if (object.contains(key))
            lines.append(key + QStringLiteral(": ") + displayText(object.value(key)));
    return lines.join(u'\n');
}

Reply listReply(const QJsonArray& rows, const QList<Column>& columns) {
    return {rows, renderTable(rows, columns)};
}

Reply showReply(const QJsonObject& object, const QStringList& order) {
    return {object, renderFields(object, order)};
}

Reply doneReply(const QJsonObject& object, const QString& line) {
    return {object, line};
}

Reply documentDoneReply(const QJsonObject& document, const QStringList& order,
                        const QString& done) {
    Reply reply = documentReply(document, order);
    reply.text = done + QStringLiteral("\n\n") + reply.text;
    return reply;
}

Reply documentReply(const QJsonObject& document, const QStringList& order) {
    const QList<Column> lineColumns = {
        {trMsg("SKU"), QStringLiteral("sku")},
        {trMsg("Description"), QStringLiteral("description")},
        {trMsg("Qty"), QStringLiteral("qty"), true},
        {trMsg("Unit price"), QStringLiteral("unit_price"), true},
        {trMsg("Disc. %"), QStringLiteral("discount"), true},
        {trMsg("Tax %"), QStringLiteral("tax_rate"), true},
        {trMsg("Net"), QStringLiteral("net"), true},
    };
    QJsonObject header = document;
    header.remove(QStringLiteral("lines"));
    header.remove(QStringLiteral("tax_groups"));
    header.remove(QStringLiteral("revisions"));
    return {document,
            renderFields(header, order) + u'\n' +
                renderTable(document.value(QStringLiteral("lines")).toArray(), lineColumns)};
}

} // namespace mostrador::cli
