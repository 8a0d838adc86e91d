// SPDX-License-Identifier: MIT
#include "app/document_editor_support.h"

#include "app/dialogs/dialog_support.h"
#include "app/document_grid.h"
#include "app/document_lines_model.h"
#include "app/service_source.h"
#include "services/services.h"

#include <QDateEdit>

namespace mostrador::app {

namespace {

class DateField : public QDateEdit {
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace

LookupEdit::Provider productSuggestions(services::Services& services, const domain::Actor& actor) {
    return [&services, actor](const QString& text) {
        storage::ListQuery query;
        query.search = text;
        query.limit = LookupEdit::kMaxRows;
        QList<LookupEdit::Suggestion> out;
        const QLocale locale;
        if (auto rows = services.products().list(actor, query))
            for (const auto& p : *rows)
                out.append(
                    {p.sku, QStringLiteral("%1 · %2 · %3")
                                .arg(p.sku, p.name,
                                     p.listPrice.toString(locale, services.context().currency))});
        return out;
    };
}

LookupEdit::Provider customerSuggestions(services::Services& services, const domain::Actor& actor) {
    return [&services, actor](const QString& text) {
        storage::ListQuery query;
        query.search = text;
        query.limit = LookupEdit::kMaxRows;
        QList<LookupEdit::Suggestion> out;
        if (auto rows = services.customers().list(actor, query))
            for (const auto& c : *rows)
                out.append({c.code, QStringLiteral("%1 · %2").arg(c.code, c.name)});
        return out;
    };
}

QDateEdit* documentDateEdit(QWidget* parent, const QString& name) {
    auto* edit = new DateField(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(fullYearDateFormat(QLocale()));
    return edit;
}

domain::TaxRounding taxRounding(services::Services& services) {
    auto value = services.settings().value(QString::fromUtf16(domain::setting::kTaxRounding));
    return value && *value == u"global" ? domain::TaxRounding::Global
                                        : domain::TaxRounding::PerLine;
}

void showRefusal(const Error& error, QLabel* banner, DocumentLinesModel* model, DocumentGrid* grid,
                 QWidget* field) {
    dialogs::DialogSupport::showError(banner, error.message);
    const int line = DocumentLinesModel::lineOfField(error.field);
    if (line >= 0) {
        const int row = model->rowOfLine(line);
        if (row >= 0) {
            grid->editCell(row, DocumentLinesModel::columnOfField(error.field));
            return;
        }
    }
    if (field) {
        dialogs::DialogSupport::markInvalid(field, true, error.message);
        field->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace mostrador::app
