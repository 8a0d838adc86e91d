// SPDX-License-Identifier: MIT
#include "services/json_text.h"

namespace mostrador::services {

namespace {

void appendString(QString& out, QStringView text) {
    out += u'"';
    for (QChar c : text) {
        switch (c.unicode()) {
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
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
}

} // namespace

void JsonText::key(const char* key) {
    if (m_text.size() > 1)
        m_text += u',';
    m_text += u'"' + QLatin1String(key) + QLatin1String("\":");
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

JsonText& JsonText::strings(const char* name, const QStringList& values) {
    key(name);
    m_text += u'[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            m_text += u',';
        appendString(m_text, values[i]);
    }
    m_text += u']';
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

} // namespace mostrador::services
