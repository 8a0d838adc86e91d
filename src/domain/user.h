// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/percent.h"

#include <QString>
#include <optional>

namespace mostrador::domain {

enum class Role { Admin, Manager, Sales, Warehouse, Accounting };

// What a service action needs; roles grant them through one table (roleAllows).
enum class Permission {
    ManageUsers,
    ManageSettings,
    ViewCustomers,
    EditCustomers,
    ViewProducts,
    EditProducts,
    AdjustStock,
    ImportData,
    ExportData,
    ViewAudit,
    LoadDemo,
    ManagePrices,
    ViewSales, // quotations and orders
    EditQuotations,
    EditOrders,     // create, edit, confirm and cancel sales orders
    ApproveOrders,  // approve orders and release credit holds, with a reason
    ShipOrders,     // shipments and their papers
    RecordDeposits, // customer deposits against orders
    EditInvoices,   // create, edit and post invoices
    RecordPayments, // payments, allocations, chargebacks and refunds
    HandleReturns,  // returns against shipments and their credit notes
    ViewReports,    // company-wide dashboard, sales and margin reports, stock valuation
};

bool roleAllows(Role role, Permission permission);

// Persisted keys ("admin", "sales", ...), never translated.
QString roleKey(Role role);
std::optional<Role> roleFromKey(QStringView key);
QList<Role> allRoles();
QString permissionKey(Permission permission);

struct User {
    qint64 id = 0;
    QString name;
    Role role = Role::Sales;
    bool active = true;
    Percent maxDiscount = Percent::fromWhole(10); // above it a line needs a manager
};

// The person on whose behalf a service acts; every service call receives one.
struct Actor {
    qint64 userId = 0;
    QString name;
    Role role = Role::Sales;
    Percent maxDiscount = Percent::fromWhole(10); // the user's own; see discountLimit()

    Status require(Permission permission) const;
    // Above this a line discount is flagged and an order awaits a manager: the user's
    // maximum for sales staff, no limit (100 %) for managers and admins.
    Percent discountLimit() const;
};

Status validateUserName(QStringView name);
// At least 8 characters; the service hashes it and never keeps or logs it.
Status validatePassword(QStringView password);

} // namespace mostrador::domain
