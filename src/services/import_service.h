// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"
#include "services/service_context.h"

#include <QList>
#include <QString>
#include <functional>

namespace mostrador::services {

class CustomerService;
class ProductService;

// One bad cell or row: line 1 is the header row, column is the header name.
struct ImportIssue {
    int line = 0;
    QString column;
    QString message;
};

struct ImportReport {
    int imported = 0; // rows written (0 on a dry run or when any row is bad)
    int rows = 0;     // data rows read
    QList<ImportIssue> errors;
    bool cancelled = false;
    bool ok() const { return errors.isEmpty() && !cancelled; }
};

// Called with (rows done, rows total); answering false cancels, and nothing is saved.
using ImportProgress = std::function<bool(int done, int total)>;

// CSV imports (UTF-8, header row, any column order), all or nothing: a file with any
// bad row imports nothing and the report lists every bad row by line and column.
// Customers: code,name,tax_id,email,phone,credit_limit,payment_terms,price_list,
//            billing_address,shipping_address
// Products:  sku,name,unit,price,cost,tax,weight,category,stock,tracked
// Prices:    price_list,sku,category,customer,min_qty,price,discount,from,to (dates ISO)
// Amounts use the plain machine form ("1234.50"). A file that cannot be read, is not
// UTF-8 or lacks a required column is an Invalid error, not a report.
class ImportService {
public:
    ImportService(ServiceContext& ctx, CustomerService& customers, ProductService& products);

    Result<ImportReport> importCustomers(const domain::Actor& actor, const QString& path,
                                         bool dryRun, const ImportProgress& progress = {});
    Result<ImportReport> importProducts(const domain::Actor& actor, const QString& path,
                                        bool dryRun, const ImportProgress& progress = {});
    // Price rules, checked as PriceListService::addRule checks one; needs ImportData and
    // ManagePrices.
    Result<ImportReport> importPrices(const domain::Actor& actor, const QString& path, bool dryRun,
                                      const ImportProgress& progress = {});

private:
    ServiceContext& m_ctx;
    CustomerService& m_customers;
    ProductService& m_products;
};

} // namespace mostrador::services
