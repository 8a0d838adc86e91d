// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

namespace mostrador::services {

class Services;

// The demo company's sales: a wholesale price list with quantity breaks given to a few
// customers, and `quotations` quotations in every state (draft, sent, accepted into an
// order, rejected, expired). Written through the services, one action at a time, as a
// salesperson would; run after SetupService::loadDemo.
Status loadDemoSales(Services& services, const domain::Actor& admin, int quotations);

} // namespace mostrador::services
