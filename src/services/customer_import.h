// SPDX-License-Identifier: MIT
#pragma once

#include "domain/customer.h"
#include "services/import_table.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace mostrador::storage {
class ImportLookup;
}

namespace mostrador::services::import {

// A customer read from a file, with the line it came from.
struct CustomerLine {
    int line = 0;
    domain::Customer customer;
};

const ColumnSpec& customerColumns();
// The CSV column a field named by CustomerService or validateCustomer belongs to.
QString customerColumnOf(const QString& field);

// Turns the rows of a customer file into customers, checking every row against the
// domain rules, the payment terms on file and the codes and tax ids already used,
// in the file and in the database. Every problem is appended to `issues`; only rows
// without problems are answered.
class CustomerRowChecker {
public:
    // Loads what the checks compare against, once for the whole file.
    static Result<CustomerRowChecker> load(storage::ImportLookup& lookup,
                                           domain::Currency currency);

    QList<CustomerLine> check(const ImportTable& table, QList<ImportIssue>& issues);

    // How many rows need a code from the customer series.
    static int uncodedCount(const QList<CustomerLine>& lines);
    // Gives the rows without a code `codeFor(0)`, `codeFor(1)`, ... in file order (the
    // series' next numbers); a number already used in the database or the file is an
    // issue on its row.
    void assignCodes(QList<CustomerLine>& lines, const std::function<QString(qint64)>& codeFor,
                     QList<ImportIssue>& issues) const;

private:
    std::optional<domain::Customer> parse(const ImportTable& table, const CsvRecord& row,
                                          RowIssues& issues);
    void checkReferences(const domain::Customer& c, RowIssues& issues);
    void checkUnique(const domain::Customer& c, RowIssues& issues);

    domain::Currency m_currency;
    QSet<QString> m_terms;
    QSet<QString> m_priceLists;
    QSet<QString> m_storedCodes;
    QHash<QString, QString> m_storedTaxIds; // tax id → holder's code
    QHash<QString, int> m_fileCodes;        // code → line
    QHash<QString, int> m_fileTaxIds;       // tax id → line
};

} // namespace mostrador::services::import
