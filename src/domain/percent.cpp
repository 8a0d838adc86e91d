// SPDX-License-Identifier: MIT
#include "domain/percent.h"

namespace mostrador::domain {

namespace {
QString withoutPercentSign(QStringView text) {
    QString s = text.trimmed().toString();
    if (s.endsWith(u'%'))
        s.chop(1);
    return s;
}
} // namespace

Result<Percent> Percent::parse(QStringView text, const QLocale& locale) {
    return mapResult(fixed::parse(withoutPercentSign(text), kScale, locale),
                     [](qint64 v) { return Percent(v); });
}

Result<Percent> Percent::parsePlain(QStringView text) {
    return mapResult(fixed::parsePlain(withoutPercentSign(text), kScale),
                     [](qint64 v) { return Percent(v); });
}

} // namespace mostrador::domain
