// SPDX-License-Identifier: MIT
#include "domain/customer.h"

#include <QRegularExpression>

namespace mostrador::domain {

bool isValidCode(QStringView code, int maxLength) {
    if (code.isEmpty() || code.size() > maxLength)
        return false;
    for (QChar c : code) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' ||
                        c == u'_' || c == u'.';
        if (!ok)
            return false;
    }
    return true;
}

bool isPlausibleEmail(QStringView email) {
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return re.match(email.toString()).hasMatch();
}

namespace {

bool isValidTaxId(QStringView taxId) {
    if (taxId.size() > 20)
        return false;
    for (QChar c : taxId)
        if (!c.isLetterOrNumber() && c != u'-' && c != u' ' && c != u'.')
            return false;
    return true;
}

} // namespace

Status validateCustomer(const Customer& c) {
    if (c.name.trimmed().isEmpty())
        return fail(Error::invalid(QStringLiteral("customer.name_required"),
                                   trMsg("The customer's name is required"),
                                   QStringLiteral("name")));
    if (c.name.size() > 200)
        return fail(Error::invalid(QStringLiteral("customer.name_too_long"),
                                   trMsg("The name is longer than 200 characters"),
                                   QStringLiteral("name")));
    if (!c.code.isEmpty() && !isValidCode(c.code))
        return fail(Error::invalid(
            QStringLiteral("customer.code_invalid"),
            trMsg("Code “%1”: use up to 20 capital letters, digits, '-', '_' or '.'").arg(c.code),
            QStringLiteral("code")));
    if (!isValidTaxId(c.taxId))
        return fail(Error::invalid(
            QStringLiteral("customer.tax_id_invalid"),
            trMsg("Tax id “%1” may hold only letters, digits, spaces, '-' and '.' (up to 20)")
                .arg(c.taxId),
            QStringLiteral("tax_id")));
    if (!c.email.isEmpty() && !isPlausibleEmail(c.email))
        return fail(Error::invalid(QStringLiteral("customer.email_invalid"),
                                   trMsg("“%1” is not an e-mail address").arg(c.email),
                                   QStringLiteral("email")));
    if (c.creditLimit && c.creditLimit->isNegative())
        return fail(Error::invalid(QStringLiteral("customer.credit_limit_negative"),
                                   trMsg("The credit limit cannot be negative"),
                                   QStringLiteral("credit_limit")));
    for (const Contact& contact : c.contacts) {
        if (contact.name.trimmed().isEmpty())
            return fail(Error::invalid(QStringLiteral("contact.name_required"),
                                       trMsg("Every contact needs a name"),
                                       QStringLiteral("contacts")));
        if (!contact.email.isEmpty() && !isPlausibleEmail(contact.email))
            return fail(Error::invalid(
                QStringLiteral("contact.email_invalid"),
                trMsg("Contact %1: “%2” is not an e-mail address").arg(contact.name, contact.email),
                QStringLiteral("contacts")));
    }
    return {};
}

} // namespace mostrador::domain
