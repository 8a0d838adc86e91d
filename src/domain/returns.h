// SPDX-License-Identifier: MIT
#pragma once

#include "domain/document_totals.h"
#include "domain/money.h"
#include "domain/quantity.h"
#include "domain/sales_document.h"
#include "domain/unit_price.h"

#include <QDate>
#include <QList>
#include <QString>

// Goods coming back and the money that goes with them (ARCHITECTURE §4, issue 5): a
// return (RMA) against one shipment, and the credit note posted for what of it had been
// invoiced. The rules that work on these values live in domain/returning.h.
namespace mostrador::domain {

// One returned shipment line. `creditedQty` of it had been invoiced and is on the
// return's credit note; the rest (qty − creditedQty) had not been invoiced and is no
// longer to be invoiced (sales_order_lines.returned_qty).
struct ReturnLine {
    qint64 id = 0;
    qint64 shipmentLineId = 0;
    qint64 orderLineId = 0;
    qint64 productId = 0;
    QString sku;
    QString description;
    QString unit;
    Quantity qty;
    Quantity creditedQty;
};

struct Return {
    qint64 id = 0;
    QString number; // RMA-YYYY-#####
    QString shipmentNumber;
    QString orderNumber;
    QString customerCode;
    QString customerName;
    QDate date;
    QString reason;
    bool damaged = false; // damaged goods are not restocked
    QString recordedBy;
    QList<ReturnLine> lines;
    QString creditNoteNumber; // empty when nothing returned had been invoiced
};

// One credited invoice line: the original line's price, discount and tax, for the
// quantity returned.
struct CreditNoteLine {
    qint64 id = 0;
    qint64 invoiceLineId = 0;
    QString invoiceNumber;
    qint64 productId = 0;
    QString sku;
    QString description;
    QString unit;
    Quantity qty;
    UnitPrice unitPrice;
    Percent discount;
    QString taxCode;
    Percent taxRate;
    Money net;
    Money tax;

    PricedLine priced() const { return {qty, unitPrice, discount, taxCode, taxRate}; }
};

// Posted when made, with its own gapless series (CN-YYYY-#####). It lowers the AR
// balance by its total; `unallocated` is what is left to allocate to open invoices or
// to refund.
struct CreditNote {
    qint64 id = 0;
    QString number;
    QString returnNumber;
    DocumentParty party;
    QDate date;
    QString reason;
    Currency currency;
    QList<CreditNoteLine> lines;
    Money untaxed;
    Money tax;
    Money total;
    QList<TaxGroup> taxGroups;
    Money unallocated;
    QString recordedBy;
    QStringList invoiceNumbers; // the invoices it credits, in line order, each once
};

} // namespace mostrador::domain
