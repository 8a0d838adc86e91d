// SPDX-License-Identifier: MIT
#include "domain/iso_date.h"

namespace mostrador::domain {

namespace {

void putDigits(QChar* out, int value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
}

// The value of `width` ASCII digits at `text[from]`, or -1.
int digits(QStringView text, qsizetype from, int width) {
    int value = 0;
    for (qsizetype i = from; i < from + width; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString isoDate(QDate date) {
    if (!date.isValid())
        return {};
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return date.toString(Qt::ISODate);
    QString text(10, u'-');
    QChar* out = text.data();
    putDigits(out, year, 4);
    putDigits(out + 5, month, 2);
    putDigits(out + 8, day, 2);
    return text;
}

QDate parseIsoDate(QStringView text) {
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return text.isEmpty() ? QDate() : QDate::fromString(text.toString(), Qt::ISODate);
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    if (year < 1 || month < 0 || day < 0)
        return QDate::fromString(text.toString(), Qt::ISODate);
    return QDate(year, month, day); // invalid when the month or day is out of range
}

} // namespace mostrador::domain
