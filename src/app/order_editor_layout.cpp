// SPDX-License-Identifier: MIT
// How the order editor is laid out: the header (customer with its credit, dates, notes),
// the status banner, the lines grid, the line's explanation and the deposits beside the
// totals, and the buttons of the actions.
#include "app/document_editor_support.h"
#include "app/document_grid.h"
#include "app/document_lines_model.h"
#include "app/lookup_edit.h"
#include "app/order_editor.h"
#include "app/totals_panel.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mostrador::app {

namespace {

QLabel* infoLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

void OrderEditor::buildUi() {
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("errorLabel"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_status = infoLabel(this, QStringLiteral("statusBanner"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_grid = new DocumentGrid(m_model, productSuggestions(m_services, m_actor), this);
    m_grid->setObjectName(QStringLiteral("linesGrid"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_status);
    layout->addWidget(m_banner);
    layout->addWidget(m_grid, 1);
    layout->addWidget(buildFooter());
    buildButtons();
    // Header first, then the lines, then the actions (the grid was created first).
    setTabOrder(m_customer, m_date);
    setTabOrder(m_date, m_requested);
    setTabOrder(m_requested, m_notes);
    setTabOrder(m_notes, m_grid);
    setTabOrder(m_grid, m_buttons.value(QStringLiteral("preview")));
    resize(1240, 760);
}

QWidget* OrderEditor::buildHeader() {
    auto* box = new QWidget(this);
    m_customer = new LookupEdit(customerSuggestions(m_services, m_actor), box);
    m_customer->setObjectName(QStringLiteral("customerEdit"));
    m_customer->setPlaceholderText(tr("Code or name"));
    m_customer->setMinimumWidth(260);
    m_customerInfo = infoLabel(box, QStringLiteral("customerInfo"));
    m_credit = infoLabel(box, QStringLiteral("creditLabel"));
    m_date = documentDateEdit(box, QStringLiteral("dateEdit"));
    m_requested = documentDateEdit(box, QStringLiteral("requestedDateEdit"));
    m_requested->setToolTip(tr("When the customer wants the goods; each line may have its own"));
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
    m_notes->setPlaceholderText(tr("Notes printed on the order confirmation"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* customerLabel = new QLabel(tr("&Customer"), box);
    customerLabel->setBuddy(m_customer);
    grid->addWidget(customerLabel, 0, 0);
    grid->addWidget(m_customer, 0, 1);
    grid->addWidget(m_customerInfo, 1, 1, 2, 1);
    grid->addWidget(m_credit, 3, 1);
    auto* dateLabel = new QLabel(tr("&Date"), box);
    dateLabel->setBuddy(m_date);
    grid->addWidget(dateLabel, 0, 2);
    grid->addWidget(m_date, 0, 3);
    auto* requestedLabel = new QLabel(tr("&Requested"), box);
    requestedLabel->setBuddy(m_requested);
    grid->addWidget(requestedLabel, 1, 2);
    grid->addWidget(m_requested, 1, 3);
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

QWidget* OrderEditor::buildFooter() {
    auto* box = new QWidget(this);
    m_lineNote = new QLabel(box);
    m_lineNote->setObjectName(QStringLiteral("lineNote"));
    m_lineNote->setWordWrap(true);
    m_lineNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_lineNote->setTextFormat(Qt::RichText);
    m_deposits = infoLabel(box, QStringLiteral("depositsLabel"));
    m_deposits->setWordWrap(true);
    m_deposits->hide();
    m_totals = new TotalsPanel(box);
    m_totals->setObjectName(QStringLiteral("totalsPanel"));
    m_totals->setMinimumWidth(300);
    auto* notes = new QVBoxLayout;
    notes->addWidget(m_lineNote);
    notes->addWidget(m_deposits);
    notes->addStretch(1);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(notes, 1);
    layout->addSpacing(24);
    layout->addWidget(m_totals);
    return box;
}

void OrderEditor::buildButtons() {
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
    add(QStringLiteral("pdf"), tr("Save as &PDF…"), {});
    add(QStringLiteral("deposit"), tr("Record deposi&t…"),
        tr("A payment on account: lowers the customer's exposure at once"));
    add(QStringLiteral("ship"), tr("&Ship…"),
        tr("Ships all or part of what remains, then prints the papers"));
    add(QStringLiteral("invoice"), tr("&Invoice…"),
        tr("Drafts an invoice for what can be invoiced and opens it"));
    row->addStretch(1);
    add(QStringLiteral("cancelOrder"), tr("Cancel &order…"),
        tr("Releases the reservations; after a shipment only what remains is cancelled"));
    add(QStringLiteral("release"), tr("R&elease…"),
        tr("Releases the credit hold with a written reason (managers)"));
    add(QStringLiteral("approve"), tr("&Approve…"),
        tr("Approves the flagged lines with a written reason (managers)"));
    add(QStringLiteral("confirm"), tr("Con&firm"),
        tr("Checks approvals and credit and reserves the stock"));
    add(QStringLiteral("save"), tr("&Save"), tr("Ctrl+S"));
    add(QStringLiteral("close"), tr("Close"), tr("Esc"));
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
}

} // namespace mostrador::app
