// SPDX-License-Identifier: MIT
#pragma once

#include "app/lookup_edit.h"
#include "domain/user.h"

#include <QDate>
#include <QList>
#include <QString>
#include <functional>
#include <utility>

class QComboBox;
class QDateEdit;
class QHBoxLayout;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// The filter bar the sales document lists share (state, customer, from and to date). The list
// passes its own translated texts, so each keeps its wording and translation context.

// The states by key and label, after an entry for all of them (an empty key).
QComboBox* makeStateFilter(QWidget* parent, const QString& allText,
                           const QList<std::pair<QString, QString>>& states);
// Customers by code or name; a chosen customer, Return or clearing the field applies.
LookupEdit* makeCustomerFilter(QWidget* parent, services::Services& services,
                               const domain::Actor& actor, const QString& placeholder,
                               const std::function<void()>& apply);
// A date field whose minimum means "any date", shown as anyText.
QDateEdit* makeDateFilter(QWidget* parent, const QString& name, const QString& anyText);
// The date of a date filter; null for "any date".
QDate dateOf(const QDateEdit* edit);
// Adds a label with its mnemonic for the field, then the field.
void addLabelled(QHBoxLayout* row, QWidget* parent, const QString& text, QWidget* field);

} // namespace mostrador::app
