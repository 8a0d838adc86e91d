// SPDX-License-Identifier: MIT
#include "storage/sql.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace mostrador::storage {

Error sqlError(const QSqlError& error, const QString& what) {
    return Error::storage(QStringLiteral("storage.failed"),
                          trMsg("Database error while %1: %2").arg(what, error.text()));
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql, const QVariantList& values) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return fail(sqlError(q.lastError(), sql.left(60)));
    for (const QVariant& v : values) {
        // A null QString is an empty text here; NULL is bound from an invalid QVariant().
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        q.addBindValue(nullText ? QVariant(QString(u""_s)) : v);
    }
    if (!q.exec())
        return fail(sqlError(q.lastError(), sql.left(60)));
    return q;
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql,
                      std::initializer_list<QVariant> values) {
    return run(db, sql, QVariantList(values));
}

bool isUniqueViolation(const QSqlError& error) {
    return error.nativeErrorCode() == QLatin1String("2067") ||
           error.nativeErrorCode() == QLatin1String("1555") ||
           error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

QString nowIso() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullableInt(bool present, qint64 value) {
    return present ? QVariant(value) : QVariant();
}

} // namespace mostrador::storage
