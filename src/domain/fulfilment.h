// SPDX-License-Identifier: MIT
#pragma once

#include "domain/sales_document.h"

#include <QLocale>

namespace mostrador::domain {

// Why a line of an order needs a manager before it can be confirmed (ARCHITECTURE §4):
// its discount is above the confirming user's limit, or its net price is below cost.
struct ApprovalFinding {
    int line = 0; // 1-based position on the order
    QString sku;
    LineFlags flags;
    Percent discount;
    Percent limit;
    UnitPrice netPrice; // unit price after discount
    UnitPrice unitCost;
};

QList<ApprovalFinding> approvalFindings(const QList<DocumentLine>& lines, Percent discountLimit);
// "Line 2 (TOR-001): discount 15 % is above the 10 % limit; price 2,00 is below cost 3,00".
QString describe(const ApprovalFinding& finding, const QLocale& locale);

// Incl.-tax value of the part of a line neither invoiced nor cancelled:
// (net + tax) × open qty / qty, rounded half away from zero.
Money openValue(const DocumentLine& line);
Money openValue(const QList<DocumentLine>& lines, Currency currency);

// The state of a confirmed order once shipments have been applied to its lines:
// "shipped" when nothing remains to ship, else "partially_shipped".
QString stateAfterShipment(const QList<DocumentLine>& lines);

// Freight terms of a shipment; persisted keys.
namespace freight {
inline constexpr char16_t kPrepaid[] = u"prepaid";
inline constexpr char16_t kCollect[] = u"collect";
} // namespace freight
QString freightTermsLabel(QStringView key);

// Ways a deposit is paid; persisted keys.
namespace payment_method {
inline constexpr char16_t kTransfer[] = u"transfer";
inline constexpr char16_t kCash[] = u"cash";
inline constexpr char16_t kCard[] = u"card";
inline constexpr char16_t kCheque[] = u"cheque";
} // namespace payment_method
QStringList paymentMethods();
QString paymentMethodLabel(QStringView key);

struct ShipmentLine {
    qint64 id = 0;
    qint64 orderLineId = 0;
    qint64 productId = 0;
    QString sku;
    QString description;
    QString unit;
    Quantity qty;
    Quantity weightKg; // product weight × qty
};

// Goods leaving for one order: several per order, each with its carrier and papers.
struct Shipment {
    qint64 id = 0;
    QString number;
    QString orderNumber;
    DocumentParty party; // the consignee, with the order's shipping address
    QDate date;
    QString carrier;
    QString tracking;
    int packages = 1;
    QString freightTerms = QString::fromUtf16(freight::kPrepaid);
    Quantity weightKg; // Σ line weights
    QString notes;
    QString shippedBy; // user name
    QList<ShipmentLine> lines;
};

// Kilograms of `qty` units weighing `perUnit` each, rounded to the gram.
Quantity lineWeight(Quantity perUnit, Quantity qty);
// Packages ≥ 1, known freight terms, carrier and tracking of sensible length.
Status validateShipmentHeader(const Shipment& shipment);

// A customer payment recorded against an order before invoicing (ARCHITECTURE §4).
struct Deposit {
    qint64 id = 0;
    QString number;
    QString orderNumber;
    QString customerCode;
    Money amount;
    Money applied; // taken by the order's posted invoices
    QString method = QString::fromUtf16(payment_method::kTransfer);
    QDate date;
    QString reference;
    QString recordedBy;
    QString advanceInvoice; // the advance invoice posted for it (setting invoice.advance_vat)
};

} // namespace mostrador::domain
