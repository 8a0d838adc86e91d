// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/money.h"

#include <QList>
#include <QString>
#include <optional>

namespace mostrador::domain {

struct Contact {
    qint64 id = 0;
    QString name;
    QString role;
    QString email;
    QString phone;
    friend bool operator==(const Contact&, const Contact&) = default;
};

// A customer file. Addresses are free multi-line text, printed as entered.
// No credit limit means unlimited; a limit of zero means prepaid only.
struct Customer {
    qint64 id = 0;
    QString code;
    QString name;
    QString taxId;
    QString email;
    QString phone;
    QString billingAddress;
    QString shippingAddress;
    QString paymentTermsCode;
    std::optional<Money> creditLimit;
    QString priceListCode;
    bool onHold = false;
    QString notes;
    bool active = true;
    QList<Contact> contacts;
    int version = 0; // optimistic lock: an update must name the version it read

    friend bool operator==(const Customer&, const Customer&) = default;
};

// Field rules that need no data: required name, code and tax id shapes, e-mail shape,
// non-negative credit limit. Uniqueness is checked by the service.
Status validateCustomer(const Customer& customer);

// Codes are upper-case letters, digits, '-', '_' and '.', at most 20 characters.
bool isValidCode(QStringView code, int maxLength = 20);
bool isPlausibleEmail(QStringView email);

} // namespace mostrador::domain
