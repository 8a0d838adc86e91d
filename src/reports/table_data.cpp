// SPDX-License-Identifier: MIT
#include "reports/table_data.h"

namespace mostrador::reports {

QString plainText(const TableCell& cell, domain::Currency currency) {
    struct Visitor {
        domain::Currency currency;
        QString operator()(std::monostate) const { return {}; }
        QString operator()(const QString& s) const { return s; }
        QString operator()(const domain::Money& m) const { return m.toPlainString(); }
        QString operator()(const domain::UnitPrice& p) const { return p.toPlainString(currency); }
        QString operator()(const domain::Quantity& q) const { return q.toPlainString(); }
        QString operator()(bool b) const {
            return b ? QStringLiteral("true") : QStringLiteral("false");
        }
    };
    return std::visit(Visitor{currency}, cell);
}

} // namespace mostrador::reports
