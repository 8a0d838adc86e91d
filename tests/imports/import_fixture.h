// SPDX-License-Identifier: MIT
#pragma once

#include "services/customer_service.h"
#include "services/import_service.h"
#include "services/product_service.h"
#include "storage/sql.h"
#include "support/test_db.h"

#include <QFile>
#include <gtest/gtest.h>

namespace mostrador::test {

// A database with the customer, product and import services over it, and a helper
// that writes a CSV file next to the database.
class ImportFixture : public ::testing::Test {
protected:
    TempDatabase t;
    services::ServiceContext ctx{*t.db};
    services::CustomerService customers{ctx};
    services::ProductService products{ctx};
    services::ImportService imports{ctx, customers, products};
    domain::Actor admin = test::admin();

    QString writeFile(const QByteArray& bytes, const QString& name = QStringLiteral("in.csv")) {
        const QString path = t.dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            ADD_FAILURE() << "cannot write " << path.toStdString();
        f.write(bytes);
        return path;
    }

    qint64 countOf(const QString& table) {
        // `table` is a fixed name chosen by the tests.
        auto q = storage::run(t.db->connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
};

// "line 3 column name: message" for readable failure output.
inline std::string describe(const services::ImportReport& report) {
    std::string out;
    for (const services::ImportIssue& i : report.errors)
        out += "line " + std::to_string(i.line) + " [" + i.column.toStdString() +
               "]: " + i.message.toStdString() + "\n";
    return out;
}

} // namespace mostrador::test
