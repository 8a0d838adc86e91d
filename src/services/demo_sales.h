// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"

namespace mostrador::services {

class Services;

// The demo company's sales: a wholesale price list with quantity breaks given to a few
// customers, `quotations` quotations in every state (draft, sent, accepted into an
// order, rejected, expired), and `orders` orders (as many as quotations when negative)
// in every state: draft, confirmed (some with a deposit), on credit hold (one customer
// is put on hold), awaiting approval, released or approved by a manager, cancelled.
// Written through the services, one action at a time, as the sales desk would; run
// after SetupService::loadDemo.
Status loadDemoSales(Services& services, const domain::Actor& admin, int quotations,
                     int orders = -1);

// The money side, after loadDemoSales: every shipped order invoiced and posted, every
// other invoice paid (in full or half), and part of one shipment returned damaged, with
// its credit note.
Status loadDemoReceivables(Services& services, const domain::Actor& admin);

struct DemoCompanySize {
    int customers = 0;
    int products = 0;
    int quotations = 0;
    int historyOrders = 0; // the 24 months before today (services/demo_history.h)
};

// The demo company a first start offers: customers and products, a sales history for the
// dashboard and the reports, then today's desk (loadDemoSales) on top of it. The history's
// sales users get `salesPassword`, so whoever set the company up can log in as them.
Status loadDemoCompany(Services& services, const domain::Actor& admin, const DemoCompanySize& size,
                       const QString& salesPassword);

} // namespace mostrador::services
