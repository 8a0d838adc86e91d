// SPDX-License-Identifier: MIT
#include "domain/user.h"

namespace mostrador::domain {

bool roleAllows(Role role, Permission p) {
    using P = Permission;
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Manager: // everything but users and settings, so also ManagePrices
        return p != P::ManageUsers && p != P::ManageSettings;
    case Role::Sales:
        return p == P::ViewCustomers || p == P::EditCustomers || p == P::ViewProducts ||
               p == P::ExportData || p == P::ViewSales || p == P::EditQuotations ||
               p == P::EditOrders || p == P::RecordDeposits;
    case Role::Warehouse:
        return p == P::ViewCustomers || p == P::ViewProducts || p == P::AdjustStock ||
               p == P::ExportData || p == P::ViewSales || p == P::ShipOrders ||
               p == P::HandleReturns;
    case Role::Accounting:
        return p == P::ViewCustomers || p == P::EditCustomers || p == P::ViewProducts ||
               p == P::ExportData || p == P::ViewAudit || p == P::ViewSales ||
               p == P::RecordDeposits || p == P::EditInvoices || p == P::RecordPayments ||
               p == P::HandleReturns || p == P::ViewReports;
    }
    return false;
}

namespace {
struct RoleName {
    Role role;
    const char16_t* key;
};
constexpr RoleName kRoles[] = {{Role::Admin, u"admin"},
                               {Role::Manager, u"manager"},
                               {Role::Sales, u"sales"},
                               {Role::Warehouse, u"warehouse"},
                               {Role::Accounting, u"accounting"}};
} // namespace

QString roleKey(Role role) {
    for (const RoleName& r : kRoles)
        if (r.role == role)
            return QString::fromUtf16(r.key);
    return {};
}

std::optional<Role> roleFromKey(QStringView key) {
    for (const RoleName& r : kRoles)
        if (key == QStringView(r.key))
            return r.role;
    return std::nullopt;
}

QList<Role> allRoles() {
    QList<Role> roles;
    for (const RoleName& r : kRoles)
        roles.append(r.role);
    return roles;
}

QString permissionKey(Permission p) {
    static const char* const keys[] = {"manage users",
                                       "manage settings",
                                       "view customers",
                                       "edit customers",
                                       "view products",
                                       "edit products",
                                       "adjust stock",
                                       "import data",
                                       "export data",
                                       "view the audit log",
                                       "load demo data",
                                       "manage prices",
                                       "view quotations and orders",
                                       "edit quotations",
                                       "edit sales orders",
                                       "approve orders or release credit holds",
                                       "ship orders",
                                       "record deposits",
                                       "edit invoices",
                                       "record payments",
                                       "handle returns",
                                       "view reports"};
    return QString::fromLatin1(keys[static_cast<int>(p)]);
}

Status Actor::require(Permission p) const {
    if (roleAllows(role, p))
        return {};
    return fail(Error::permission(
        QStringLiteral("permission.denied"),
        trMsg("User %1 (%2) may not %3").arg(name, roleKey(role), permissionKey(p))));
}

Percent Actor::discountLimit() const {
    if (role == Role::Admin || role == Role::Manager)
        return Percent::fromWhole(100);
    return maxDiscount;
}

Status validateUserName(QStringView name) {
    if (name.isEmpty() || name.size() > 40)
        return fail(Error::invalid(QStringLiteral("user.name_invalid"),
                                   trMsg("A user name has 1 to 40 characters"),
                                   QStringLiteral("name")));
    for (QChar c : name)
        if (!c.isLetterOrNumber() && c != u'.' && c != u'_' && c != u'-')
            return fail(
                Error::invalid(QStringLiteral("user.name_invalid"),
                               trMsg("A user name may hold letters, digits, '.', '_' and '-'"),
                               QStringLiteral("name")));
    return {};
}

Status validatePassword(QStringView password) {
    if (password.size() < 8)
        return fail(Error::invalid(QStringLiteral("user.password_short"),
                                   trMsg("A password needs at least 8 characters"),
                                   QStringLiteral("password")));
    return {};
}

} // namespace mostrador::domain
