// SPDX-License-Identifier: MIT
// How the quotation editor is laid out: the header (customer, dates, notes), the lines
// grid, the line's explanation beside the totals, and the buttons of the actions.
#include "app/document_editor_support.h"
#include "app/document_grid.h"
#include "app/document_lines_model.h"
#include "app/lookup_edit.h"
#include "app/quotation_editor.h"
#include "app/quotation_source.h"
#include "app/totals_panel.h"
#include "services/services.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mostrador::app {

void QuotationEditor::buildUi() {
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("errorLabel"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_grid = new DocumentGrid(m_model, productSuggestions(m_services, m_actor), this);
    m_grid->setObjectName(QStringLiteral("linesGrid"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_banner);
    layout->addWidget(m_grid, 1);
    layout->addWidget(buildFooter());
    buildButtons();
    // Header first, then the lines, then the actions (the grid was created first).
    setTabOrder(m_customer, m_date);
    setTabOrder(m_date, m_validUntil);
    setTabOrder(m_validUntil, m_notes);
    setTabOrder(m_notes, m_grid);
    setTabOrder(m_grid, m_buttons.value(QStringLiteral("preview")));
    resize(1120, 720);
}

QWidget* QuotationEditor::buildHeader() {
    auto* box = new QWidget(this);
    m_customer = new LookupEdit(customerSuggestions(m_services, m_actor), box);
    m_customer->setObjectName(QStringLiteral("customerEdit"));
    m_customer->setPlaceholderText(tr("Code or name"));
    m_customer->setMinimumWidth(260);
    m_customerInfo = new QLabel(box);
    m_customerInfo->setObjectName(QStringLiteral("customerInfo"));
    m_customerInfo->setTextFormat(Qt::PlainText);
    m_customerInfo->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_customerInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_date = documentDateEdit(box, QStringLiteral("dateEdit"));
    m_validUntil = documentDateEdit(box, QStringLiteral("validUntilEdit"));
    m_salesperson = new QLabel(box);
    m_salesperson->setObjectName(QStringLiteral("salespersonLabel"));
    m_stateLabel = new QLabel(box);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    QFont bold = m_stateLabel->font();
    bold.setBold(true);
    m_stateLabel->setFont(bold);
    m_notes = new QPlainTextEdit(box);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Notes printed on the quotation"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* customerLabel = new QLabel(tr("&Customer"), box);
    customerLabel->setBuddy(m_customer);
    grid->addWidget(customerLabel, 0, 0);
    grid->addWidget(m_customer, 0, 1);
    grid->addWidget(m_customerInfo, 1, 1, 2, 1);
    auto* dateLabel = new QLabel(tr("&Date"), box);
    dateLabel->setBuddy(m_date);
    grid->addWidget(dateLabel, 0, 2);
    grid->addWidget(m_date, 0, 3);
    auto* validLabel = new QLabel(tr("&Valid until"), box);
    validLabel->setBuddy(m_validUntil);
    grid->addWidget(validLabel, 1, 2);
    grid->addWidget(m_validUntil, 1, 3);
    grid->addWidget(new QLabel(tr("Salesperson"), box), 2, 2);
    grid->addWidget(m_salesperson, 2, 3);
    auto* notesLabel = new QLabel(tr("&Notes"), box);
    notesLabel->setBuddy(m_notes);
    grid->addWidget(notesLabel, 0, 4);
    grid->addWidget(m_notes, 0, 5, 3, 1);
    grid->addWidget(m_stateLabel, 3, 5, Qt::AlignRight);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(5, 2);
    return box;
}

QWidget* QuotationEditor::buildFooter() {
    auto* box = new QWidget(this);
    m_lineNote = new QLabel(box);
    m_lineNote->setObjectName(QStringLiteral("lineNote"));
    m_lineNote->setWordWrap(true);
    m_lineNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_lineNote->setTextFormat(Qt::RichText);
    m_totals = new TotalsPanel(box);
    m_totals->setObjectName(QStringLiteral("totalsPanel"));
    m_totals->setMinimumWidth(300);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lineNote, 1);
    layout->addSpacing(24);
    layout->addWidget(m_totals);
    return box;
}

void QuotationEditor::buildButtons() {
    auto* row = new QHBoxLayout;
    const auto add = [this, row](const QString& key, const QString& text, const QString& tip) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(key + QStringLiteral("Button"));
        button->setToolTip(tip);
        button->setAutoDefault(false); // Enter belongs to the grid, never to a button
        m_buttons.insert(key, button);
        row->addWidget(button);
        return button;
    };
    add(QStringLiteral("preview"), tr("Print pre&view…"), tr("Ctrl+P"));
    add(QStringLiteral("pdf"), tr("Save as P&DF…"), {});
    row->addStretch(1);
    add(QStringLiteral("reject"), tr("Re&ject…"), tr("The customer declined: asks for the reason"));
    add(QStringLiteral("revise"), tr("Re&vise"), tr("Makes a new draft revision"));
    add(QStringLiteral("accept"), tr("&Accept"), tr("Creates a sales order from the quotation"));
    add(QStringLiteral("send"), tr("Sen&d"), tr("Saves and marks the quotation as sent"));
    add(QStringLiteral("save"), tr("&Save"), tr("Ctrl+S"));
    add(QStringLiteral("close"), tr("Close"), tr("Esc"));
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
}

} // namespace mostrador::app
