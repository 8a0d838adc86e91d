// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"
#include "reports/table_data.h"

namespace mostrador::services {
class Services;
}

namespace mostrador::reports {

// Exports of whole lists to CSV or XLSX, chosen by the file's extension. The CSV
// columns are those the imports read (ARCHITECTURE §10), so an exported file imports
// again. Rows are read through the services a page at a time, never all at once.
// The acting user needs ExportData and the right to view what is exported. Each
// answers the number of rows written.
Result<int> exportCustomers(services::Services& services, const domain::Actor& actor,
                            const QString& path);
Result<int> exportProducts(services::Services& services, const domain::Actor& actor,
                           const QString& path);

// Every order (number, status, customer, customer_name, date, requested_date,
// salesperson, untaxed, tax, total) and every invoice, drafts included (… due_date …,
// total, paid, balance), by date.
Result<int> exportOrders(services::Services& services, const domain::Actor& actor,
                         const QString& path);
Result<int> exportInvoices(services::Services& services, const domain::Actor& actor,
                           const QString& path);

// Exports a table the GUI assembled (what a list shows) under the same permission.
Result<int> exportTable(const TableData& table, const domain::Actor& actor, const QString& path);

} // namespace mostrador::reports
