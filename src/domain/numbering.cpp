// SPDX-License-Identifier: MIT
#include "domain/numbering.h"

#include <QRegularExpression>

namespace mostrador::domain {
namespace {
const QRegularExpression& counterToken() {
    static const QRegularExpression re(QStringLiteral(R"(\{(#+)\})"));
    return re;
}
} // namespace

Status validateSeriesFormat(QStringView format) {
    const QString f = format.toString();
    if (f.count(counterToken()) != 1)
        return fail(Error::invalid(
            QStringLiteral("series.format_invalid"),
            trMsg("Series format “%1” needs exactly one counter such as {#####}").arg(f),
            QStringLiteral("format")));
    return {};
}

QString formatDocumentNumber(QStringView format, int year, qint64 counter) {
    QString out = format.toString();
    out.replace(QStringLiteral("{YYYY}"), QString::number(year));
    out.replace(QStringLiteral("{YY}"), QString::number(year % 100).rightJustified(2, u'0'));
    const auto m = counterToken().match(out);
    if (m.hasMatch()) {
        const int width = int(m.capturedLength(1));
        out.replace(m.capturedStart(), m.capturedLength(),
                    QString::number(counter).rightJustified(width, u'0'));
    }
    return out;
}

bool seriesResetsYearly(QStringView format) {
    return format.contains(u"{YYYY}") || format.contains(u"{YY}");
}

} // namespace mostrador::domain
