// SPDX-License-Identifier: MIT
#pragma once

#include "app/table_source.h"
#include "domain/user.h"
#include "storage/list_query.h"

#include <QDate>
#include <QLocale>

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// The locale's short date format with a four-digit year ("27/11/2026"): documents and
// rules live for years, and "27/11/26" reads ambiguously (or as 19xx when typed back).
QString fullYearDateFormat(const QLocale& locale);

// A date as a list cell: shown in the full-year format, sorted by the date itself,
// exported in ISO form.
Cell dateCell(const QDate& date, const QLocale& locale);

// What every TableSource reading through a service shares: the services, the actor the
// reads are made for, the display locale, the page query and the rows-to-table glue.
class ServiceSource : public TableSource {
public:
    // The currency of the installation.
    domain::Currency currency() const override;

protected:
    ServiceSource(services::Services& services, domain::Actor actor);

    // The request as a service query (any storage::ListQuery), a page of it when limit
    // is not 0; count() asks for no rows.
    template <class Query = storage::ListQuery>
    static Query pageQuery(const ListRequest& request, int offset = 0, int limit = 0) {
        Query query;
        query.search = request.filter;
        query.includeInactive = request.includeInactive;
        query.sortKey = request.sortKey;
        query.descending = request.descending;
        query.offset = offset;
        query.limit = limit;
        return query;
    }

    // A service's answer as table rows, one toRow(record) per record.
    template <class Records, class ToRow>
    static Result<QList<TableRow>> tableRows(const Result<Records>& records, ToRow toRow) {
        if (!records)
            return fail(records.error());
        QList<TableRow> out;
        out.reserve(records->size());
        for (const auto& record : *records)
            out.append(toRow(record));
        return out;
    }

    services::Services& m_services;
    domain::Actor m_actor;
    QLocale m_locale;
};

} // namespace mostrador::app
