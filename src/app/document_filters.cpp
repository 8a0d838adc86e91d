// SPDX-License-Identifier: MIT
#include "app/document_filters.h"

#include "app/document_editor_support.h"
#include "app/service_source.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace mostrador::app {

namespace {

const QDate kOpenDate(2000, 1, 1);

// In a filter bar Tab goes to the next filter: QDateEdit would walk its day, month and
// year first (arrow keys still do), so a bar of dates took nine presses to cross.
class FilterDateEdit : public QDateEdit {
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace

QComboBox* makeStateFilter(QWidget* parent, const QString& allText,
                           const QList<std::pair<QString, QString>>& states) {
    auto* box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("stateFilter"));
    box->addItem(allText, QString());
    for (const auto& [key, label] : states)
        box->addItem(label, key);
    return box;
}

LookupEdit* makeCustomerFilter(QWidget* parent, services::Services& services,
                               const domain::Actor& actor, const QString& placeholder,
                               const std::function<void()>& apply) {
    auto* edit = new LookupEdit(customerSuggestions(services, actor), parent);
    edit->setObjectName(QStringLiteral("customerFilter"));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    QObject::connect(edit, &LookupEdit::chosen, parent, apply);
    QObject::connect(edit, &QLineEdit::textChanged, parent, [apply](const QString& text) {
        if (text.isEmpty())
            apply();
    });
    QObject::connect(edit, &QLineEdit::returnPressed, parent, apply);
    return edit;
}

QDateEdit* makeDateFilter(QWidget* parent, const QString& name, const QString& anyText) {
    auto* edit = new FilterDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(fullYearDateFormat(QLocale()));
    edit->setMinimumDate(kOpenDate);
    edit->setSpecialValueText(anyText);
    edit->setDate(kOpenDate);
    return edit;
}

QDate dateOf(const QDateEdit* edit) {
    return edit->date() == kOpenDate ? QDate() : edit->date();
}

void addLabelled(QHBoxLayout* row, QWidget* parent, const QString& text, QWidget* field) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(field);
    row->addWidget(label);
    row->addWidget(field);
}

} // namespace mostrador::app
