// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/fulfilment.h"
#include "domain/invoice.h"
#include "domain/product.h"
#include "domain/sales_document.h"
#include "domain/stock.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mostrador::storage {

class Database;

// A product as a generated history sells it: the product, its tax rate and its stock.
struct HistoryProduct {
    domain::Product product;
    domain::Percent taxRate;
    domain::Quantity onHand;
    domain::Quantity reserved;
};

// Writes a generated sales history (SetupService's demo orders, issue 6) row by row with
// the connection's prepared statements, far faster than the services' one action at a
// time. It holds no rule: the caller hands it documents whose amounts, quantities and
// states the domain computed, inside the caller's transaction. Every document keeps the
// shape the repositories read back (storage/*_repository.cpp).
class BulkHistory {
public:
    explicit BulkHistory(Database& db)
        : m_db(db) {}

    // Active customers, oldest first, as a document's party.
    Result<QList<domain::DocumentParty>> parties();
    // Active products with their tax rate and stock level, oldest first.
    Result<QList<HistoryProduct>> products();
    // Sales documents already in the database (orders, invoices, payments, shipments).
    Result<qint64> documentCount();

    // The order and its lines; fills the lines' ids. `confirmedAt` empty = never confirmed.
    Result<qint64> insertOrder(domain::SalesOrder& order, const QString& confirmedAt);
    // The shipment, its lines and their stock movements (issues, kind shipment).
    Result<qint64> insertShipment(domain::Shipment& shipment, qint64 orderId);
    // A posted invoice with its lines and installments; fills the id and the lines' ids.
    Result<qint64> insertInvoice(domain::Invoice& invoice);
    // A payment and its allocations (allocation invoice ids must be set).
    Result<qint64> insertPayment(const domain::Payment& payment);
    // A stock movement that changes no level (the caller adds the levels once).
    Status insertMovement(const domain::StockMovement& movement);

private:
    Status insertOrderLine(qint64 orderId, int position, domain::DocumentLine& line);
    Status insertInvoiceLine(qint64 invoiceId, int position, domain::InvoiceLine& line);

    Database& m_db;
};

} // namespace mostrador::storage
