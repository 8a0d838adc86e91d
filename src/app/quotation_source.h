// SPDX-License-Identifier: MIT
#pragma once

#include "app/table_source.h"
#include "domain/user.h"
#include "services/quotation_service.h"

#include <QCoreApplication>
#include <QLocale>

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// People-facing names of the quotation states (the keys are never translated).
class QuotationLabels {
    Q_DECLARE_TR_FUNCTIONS(QuotationLabels)
public:
    static QString state(const QString& key);
    // The states a list can filter by, in their order of life: {key, label}.
    static QList<std::pair<QString, QString>> states();
};

// The locale's short date format with a four-digit year ("27/11/2026"): documents
// live for years, and "27/11/26" reads ambiguously on a printed quotation.
QString fullYearDateFormat(const QLocale& locale);

// The filters of the quotation list beyond its search text.
struct QuotationFilter {
    QString status;       // a state key; empty = any
    QString customerCode; // empty = any
    QDate from;           // invalid = open
    QDate to;
    friend bool operator==(const QuotationFilter&, const QuotationFilter&) = default;
};

// The quotation list through QuotationService: one row per quotation (its latest
// revision), filtered by state, customer and date range, searched by number or customer.
class QuotationSource : public TableSource {
    Q_DECLARE_TR_FUNCTIONS(QuotationSource)
public:
    QuotationSource(services::Services& services, domain::Actor actor);

    void setFilter(const QuotationFilter& filter) { m_filter = filter; }
    const QuotationFilter& filter() const { return m_filter; }

    QList<ColumnSpec> columns() const override;
    domain::Currency currency() const override;
    Result<qint64> count(const ListRequest& request) override;
    Result<QList<TableRow>> fetch(const ListRequest& request, int offset, int limit) override;

private:
    services::QuotationListQuery query(const ListRequest& request, int offset, int limit) const;

    services::Services& m_services;
    domain::Actor m_actor;
    QuotationFilter m_filter;
    QLocale m_locale;
};

} // namespace mostrador::app
