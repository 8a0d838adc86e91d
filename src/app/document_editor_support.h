// SPDX-License-Identifier: MIT
#pragma once

#include "app/lookup_edit.h"
#include "domain/document_totals.h"
#include "domain/user.h"

class QDateEdit;
class QLabel;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class DocumentGrid;
class DocumentLinesModel;

// What the sales document editors share: the suggestions of their product and customer
// fields, their date fields and the company's tax rounding.

// Products by SKU or name, with their list price.
LookupEdit::Provider productSuggestions(services::Services& services, const domain::Actor& actor);
// Customers by code or name.
LookupEdit::Provider customerSuggestions(services::Services& services, const domain::Actor& actor);
// A date field in the full-year format with a calendar; Tab leaves it instead of
// stepping through day, month and year, so Tab walks a form as everywhere else.
QDateEdit* documentDateEdit(QWidget* parent, const QString& name);
// The setting tax.rounding.
domain::TaxRounding taxRounding(services::Services& services);
// Shows a refused action on the banner and takes the user where it went wrong: the grid cell
// of a line's field, otherwise the header field (marked invalid), when there is one.
void showRefusal(const Error& error, QLabel* banner, DocumentLinesModel* model, DocumentGrid* grid,
                 QWidget* field);

} // namespace mostrador::app
