// SPDX-License-Identifier: MIT
#include "app/service_source.h"

#include "services/services.h"

namespace mostrador::app {

QString fullYearDateFormat(const QLocale& locale) {
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

Cell dateCell(const QDate& date, const QLocale& locale) {
    return {locale.toString(date, fullYearDateFormat(locale)), date, date.toString(Qt::ISODate)};
}

ServiceSource::ServiceSource(services::Services& services, domain::Actor actor)
    : m_services(services)
    , m_actor(std::move(actor)) {}

domain::Currency ServiceSource::currency() const {
    return m_services.context().currency;
}

} // namespace mostrador::app
