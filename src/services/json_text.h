// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace mostrador::services {

// A compact JSON object written straight into a string. Audit entries on the order
// workflow's hot paths use it: building a QJsonObject and serialising it cost more than
// the statements the entry describes. Keys are plain ASCII written as they are.
class JsonText {
public:
    JsonText() { m_text.reserve(256); }
    JsonText& field(const char* key, QStringView value);
    JsonText& field(const char* key, qint64 value);
    // A JSON null when `value` is null.
    JsonText& nullableField(const char* key, const QString& value);
    // The ISO date, or null for no date.
    JsonText& date(const char* key, const QDate& value);
    JsonText& strings(const char* key, const QStringList& values);
    // `json` must already be valid JSON (an object or array written by another JsonText).
    JsonText& raw(const char* key, const QString& json);
    QString text() const { return m_text + u'}'; }

private:
    void key(const char* key);
    QString m_text{u'{'};
};

// `texts` (each valid JSON) as a JSON array.
QString jsonArray(const QStringList& texts);
// `values` as a JSON array of strings.
QString jsonStrings(const QStringList& values);

} // namespace mostrador::services
