// SPDX-License-Identifier: MIT
#include "app/labels.h"

namespace mostrador::app {

QString Labels::role(domain::Role role) {
    switch (role) {
    case domain::Role::Admin:
        return tr("Administrator");
    case domain::Role::Manager:
        return tr("Manager");
    case domain::Role::Sales:
        return tr("Sales");
    case domain::Role::Warehouse:
        return tr("Warehouse");
    case domain::Role::Accounting:
        return tr("Accounting");
    }
    return domain::roleKey(role);
}

} // namespace mostrador::app
