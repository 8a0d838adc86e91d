// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

#include <QCoreApplication>

namespace mostrador::app {

// People-facing names of persisted keys; the keys themselves are never translated.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString role(domain::Role role);
};

} // namespace mostrador::app
