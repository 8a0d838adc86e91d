// SPDX-License-Identifier: MIT
#pragma once

#include "app/service_source.h"
#include "domain/pricing.h"

#include <QCoreApplication>

namespace mostrador::app {

// The locale's short date format with a four-digit year ("dd/MM/yyyy" in Spanish), for
// showing and typing a rule's dates: a two-digit year would be read as 19xx.
inline QString ruleDateFormat(const QLocale& locale) {
    return fullYearDateFormat(locale);
}

// The rules of one price list through PriceListService, a page at a time (a list may
// hold a rule per product and customer). The filter matches the start of the SKU,
// category or customer code; the row key is the rule's id.
class PriceRuleSource : public ServiceSource {
    Q_DECLARE_TR_FUNCTIONS(PriceRuleSource)
public:
    enum Column { kTarget, kCustomer, kMinQty, kPrice, kDiscount, kFrom, kTo };

    PriceRuleSource(services::Services& services, domain::Actor actor, domain::PriceList list);

    QList<ColumnSpec> columns() const override;
    domain::Currency currency() const override { return m_list.currency; }
    Result<qint64> count(const ListRequest& request) override;
    Result<QList<TableRow>> fetch(const ListRequest& request, int offset, int limit) override;

    // What the table shows of a rule, one cell per Column.
    TableRow row(const domain::PriceRule& rule) const;

private:
    Cell date(const std::optional<QDate>& date) const;

    domain::PriceList m_list;
};

} // namespace mostrador::app
