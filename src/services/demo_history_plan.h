// SPDX-License-Identifier: MIT
#pragma once

#include "domain/fulfilment.h"
#include "domain/invoice.h"
#include "domain/settings.h"
#include "storage/bulk_history.h"

#include <QHash>
#include <memory>

// The plan of a generated sales history (services/demo_history.h): what becomes of each
// order, decided when it is made, so that its shipments, invoice and payments are all
// known before any is written and each lands on its own day in date order.
namespace mostrador::services::history {

// What the orders may refer to and the rules they follow.
struct Catalogue {
    QList<domain::DocumentParty> parties;
    QList<storage::HistoryProduct> products;
    QHash<QString, domain::PaymentTerms> terms;
    QStringList salespeople;
    QString clerk; // who ships, posts and collects: the acting user
    domain::TaxRounding rounding = domain::TaxRounding::PerLine;
    domain::Currency currency;
    QDate start; // the first day of the history
    QDate today; // the last
};

struct Shipping {
    QDate date;
    QList<domain::Quantity> qty; // per order line; zero = the line is not in this shipment
};

struct Collection {
    QDate date;
    domain::Money amount;
};

// One order and everything that happens to it up to today.
struct OrderPlan {
    domain::SalesOrder order;  // as it stands today: status, quantities, open value
    QString confirmedAt;       // empty: never confirmed
    QList<Shipping> shipments; // those dated up to today
    QDate invoiceDate;         // invalid: not invoiced by today
    QList<domain::Installment> installments;
    QList<Collection> payments; // those dated up to today
    domain::Money deposit;      // recorded the day of the order (open orders only)
    qint64 invoiceId = 0;       // once written
    QString invoiceNumber;
};

// One thing that happens on a day, after the day's new orders.
struct Event {
    enum Kind { Shipment, Invoice, Payment };
    Kind kind = Shipment;
    int part = 0; // Shipment: which of the order's shipments; Payment: which collection
    std::shared_ptr<OrderPlan> plan;
};

// Decides orders one after another in date order. The stock it reserves for orders
// still open today is kept here, so reservations never exceed what is on hand.
class Planner {
public:
    explicit Planner(const Catalogue& catalogue);

    std::shared_ptr<OrderPlan> plan(qint64 index, QDate date);
    // What the plans reserved of each product.
    const QHash<qint64, domain::Quantity>& reserved() const { return m_reserved; }

    // The posted invoice of a planned order whose lines have their ids.
    domain::Invoice invoiceOf(const OrderPlan& plan, const QString& number,
                              const QString& draftNumber) const;
    domain::Shipment shipmentOf(const OrderPlan& plan, int part, const QString& number) const;
    domain::Payment paymentOf(const OrderPlan& plan, int part, const QString& number) const;

private:
    enum class Fate { Flow, Draft, Held, Awaiting, Cancelled };
    Fate fateOf(qint64 index, QDate date) const;
    domain::SalesOrder draftOrder(qint64 index, QDate date) const;
    domain::DocumentLine lineFor(qint64 index, int k) const;
    void ship(OrderPlan& plan, qint64 index) const;
    void invoiceAndCollect(OrderPlan& plan, qint64 index) const;
    void settle(OrderPlan& plan);
    void reserve(domain::SalesOrder& order);

    domain::Quantity weightOf(qint64 productId) const;

    const Catalogue& m_catalogue;
    QHash<qint64, qsizetype> m_productIndex;
    QHash<qint64, domain::Quantity> m_free; // on hand today less what plans reserved
    QHash<qint64, domain::Quantity> m_reserved;
};

} // namespace mostrador::services::history
