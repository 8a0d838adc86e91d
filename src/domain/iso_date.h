// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

// Dates as the database and JSON hold them, YYYY-MM-DD. Every write of an order, a
// shipment or an invoice formats and reads several; Qt's own ISO conversion goes
// through printf and costs as much as a row insert, so years 1–9999 are converted digit
// by digit here. Other years, and texts of another shape, fall back to Qt and give the
// same result as QDate::toString / QDate::fromString with Qt::ISODate.
namespace mostrador::domain {

QString isoDate(QDate date);          // empty for an invalid date
QDate parseIsoDate(QStringView text); // invalid for an empty or malformed text

} // namespace mostrador::domain
