// SPDX-License-Identifier: MIT
#include "services/json_text.h"

#include "domain/iso_date.h"

namespace mostrador::services {

namespace {

void appendEscaped(QString& out, char16_t c) {
    switch (c) {
    case u'"':
        out += QLatin1String("\\\"");
        break;
    case u'\\':
        out += QLatin1String("\\\\");
        break;
    case u'\n':
        out += QLatin1String("\\n");
        break;
    default:
        out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
    }
}

// Copies the text in runs between the characters JSON escapes, not one character at a
// time.
void appendString(QString& out, QStringView text) {
    out += u'"';
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out += text.sliced(from, i - from);
        appendEscaped(out, c);
        from = i + 1;
    }
    out += text.sliced(from);
    out += u'"';
}

} // namespace

void JsonText::key(const char* key) {
    if (m_text.size() > 1)
        m_text += u',';
    m_text += u'"';
    m_text += QLatin1String(key);
    m_text += QLatin1String("\":");
}

JsonText& JsonText::field(const char* name, QStringView value) {
    key(name);
    appendString(m_text, value);
    return *this;
}

JsonText& JsonText::field(const char* name, qint64 value) {
    key(name);
    m_text += QString::number(value);
    return *this;
}

JsonText& JsonText::nullableField(const char* name, const QString& value) {
    if (!value.isNull())
        return field(name, value);
    key(name);
    m_text += QLatin1String("null");
    return *this;
}

JsonText& JsonText::date(const char* name, const QDate& value) {
    return nullableField(name, value.isValid() ? domain::isoDate(value) : QString());
}

JsonText& JsonText::strings(const char* name, const QStringList& values) {
    key(name);
    m_text += jsonStrings(values);
    return *this;
}

JsonText& JsonText::raw(const char* name, const QString& json) {
    key(name);
    m_text += json;
    return *this;
}

QString jsonArray(const QStringList& texts) {
    return u'[' + texts.join(u',') + u']';
}

QString jsonStrings(const QStringList& values) {
    QString out(u'[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += u',';
        appendString(out, values[i]);
    }
    out += u']';
    return out;
}

} // namespace mostrador::services
