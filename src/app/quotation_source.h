// SPDX-License-Identifier: MIT
#pragma once

#include "app/service_source.h"
#include "services/quotation_service.h"

#include <QCoreApplication>

namespace mostrador::app {

// People-facing names of the quotation states (the keys are never translated).
class QuotationLabels {
    Q_DECLARE_TR_FUNCTIONS(QuotationLabels)
public:
    static QString state(const QString& key);
    // The states a list can filter by, in their order of life: {key, label}.
    static QList<std::pair<QString, QString>> states();
};

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
class QuotationSource : public ServiceSource {
    Q_DECLARE_TR_FUNCTIONS(QuotationSource)
public:
    QuotationSource(services::Services& services, domain::Actor actor);

    void setFilter(const QuotationFilter& filter) { m_filter = filter; }
    const QuotationFilter& filter() const { return m_filter; }

    QList<ColumnSpec> columns() const override;
    Result<qint64> count(const ListRequest& request) override;
    Result<QList<TableRow>> fetch(const ListRequest& request, int offset, int limit) override;

private:
    services::QuotationListQuery query(const ListRequest& request, int offset, int limit) const;

    QuotationFilter m_filter;
};

} // namespace mostrador::app
