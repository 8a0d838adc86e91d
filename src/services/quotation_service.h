// SPDX-License-Identifier: MIT
#pragma once

#include "domain/sales_document.h"
#include "domain/user.h"
#include "services/service_context.h"
#include "storage/list_query.h"
#include "storage/quotation_repository.h"

#include <QDate>
#include <memory>
#include <optional>

namespace mostrador::services {

class PriceListService;
class SettingsService;

// A line as a person or a program enters it: a product and a quantity; the price and
// discount are the pricing engine's unless given.
struct LineInput {
    QString sku;
    domain::Quantity qty;
    std::optional<domain::UnitPrice> unitPrice;
    std::optional<domain::Percent> discount;
    QString description; // empty = the product's name
    QDate requestedDate;
};

// What makes or changes a quotation. Invalid dates take their defaults: today, and
// valid-until = date + the setting quote.validity_days.
struct QuotationInput {
    QString customerCode;
    QDate date;
    QDate validUntil;
    QString notes;
    QList<LineInput> lines;
};

using storage::QuotationListQuery;
using storage::QuotationRow;

// Quotations through their life (ARCHITECTURE §4): drafted, edited, sent, revised,
// accepted into a sales order or rejected with a reason. Expired is derived from
// valid-until on every read.
class QuotationService {
public:
    QuotationService(ServiceContext& ctx, SettingsService& settings);
    ~QuotationService();

    // What the editor shows once a product and quantity are typed: the product's data,
    // the engine's price and its explanation, the line's net and tax. Writes nothing.
    Result<domain::DocumentLine> proposeLine(const domain::Actor& actor,
                                             const QString& customerCode, const LineInput& line,
                                             const QDate& date);

    Result<domain::Quotation> create(const domain::Actor& actor, const QuotationInput& input);
    // Replaces the header and lines of a draft; `version` is the version that was read.
    Result<domain::Quotation> update(const domain::Actor& actor, const QString& number, int version,
                                     const QuotationInput& input);
    Result<domain::Quotation> send(const domain::Actor& actor, const QString& number);
    // A sent or expired quotation becomes draft revision n+1; revision n is kept.
    Result<domain::Quotation> revise(const domain::Actor& actor, const QString& number);
    // Creates the sales order (draft) with the quotation's lines and links both ways.
    Result<domain::SalesOrder> accept(const domain::Actor& actor, const QString& number);
    Result<domain::Quotation> reject(const domain::Actor& actor, const QString& number,
                                     const QString& reason);

    Result<domain::Quotation> get(const domain::Actor& actor, const QString& number);
    Result<QList<domain::QuotationRevision>> revisions(const domain::Actor& actor,
                                                       const QString& number);
    Result<QList<QuotationRow>> list(const domain::Actor& actor, const QuotationListQuery& query);
    Result<qint64> count(const domain::Actor& actor, const QuotationListQuery& query);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace mostrador::services
