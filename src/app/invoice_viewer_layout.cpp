// SPDX-License-Identifier: MIT
// How the invoice viewer is laid out: the header (number, customer, orders, dates, due
// dates, state), the message area, the lines, the notes beside the totals with deposits,
// paid and amount due, and the buttons; and the posting date dialog.
#include "app/document_filters.h"
#include "app/invoice_viewer.h"
#include "app/service_source.h"
#include "app/totals_panel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mostrador::app {

namespace {

QLabel* valueLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name + QStringLiteral("Value"));
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PostInvoiceDialog::PostInvoiceDialog(const QString& draftNumber, const QDate& date, QWidget* parent)
    : QDialog(parent)
    , m_date(new QDateEdit(date, this)) {
    setObjectName(QStringLiteral("postInvoiceDialog"));
    setWindowTitle(tr("Post invoice %1").arg(draftNumber));
    auto* text = new QLabel(tr("Posting gives the draft the next invoice number and freezes it: "
                               "a posted invoice is never changed, only credited. It cannot be "
                               "dated before the latest posted invoice."),
                            this);
    text->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("postingDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(fullYearDateFormat(QLocale()));
    auto* form = new QFormLayout;
    form->addRow(tr("Posting &date"), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Post"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
    m_date->setFocus(Qt::OtherFocusReason);
}

QDate PostInvoiceDialog::date() const {
    return m_date->date();
}

void InvoiceViewer::buildUi() {
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("errorLabel"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);

    m_lines = new QStandardItemModel(0, Net + 1, this);
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Description"), tr("Order"), tr("Quantity"),
                                        tr("Unit"), tr("Unit price"), tr("Disc. %"), tr("Tax %"),
                                        tr("Net")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("linesTable"));
    m_table->setModel(m_lines);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed |
                             QAbstractItemView::DoubleClicked);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(buildHeader());
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(buildFooter());
    buildButtons();
    setTabOrder(m_date, m_table);
    setTabOrder(m_table, m_notes);
    setTabOrder(m_notes, m_buttons.value(QStringLiteral("preview")));
    resize(1100, 720);
}

QWidget* InvoiceViewer::buildHeader() {
    auto* box = new QWidget(this);
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    const auto add = [this, box](QFormLayout* form, const QString& name, const QString& title) {
        QLabel* value = valueLabel(box, name);
        m_fields.insert(name, value);
        form->addRow(title, value);
        return value;
    };
    add(left, QStringLiteral("number"), tr("Number"));
    add(left, QStringLiteral("customer"), tr("Customer"));
    add(left, QStringLiteral("billTo"), tr("Bill to"))->setWordWrap(true);
    add(left, QStringLiteral("orders"), tr("Orders"))->setWordWrap(true);
    m_date = new QDateEdit(box);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(fullYearDateFormat(QLocale()));
    auto* dateLabel = new QLabel(tr("&Date"), box);
    dateLabel->setBuddy(m_date);
    right->addRow(dateLabel, m_date);
    add(right, QStringLiteral("dueDates"), tr("Due dates"));
    add(right, QStringLiteral("state"), tr("State"));
    add(right, QStringLiteral("salesperson"), tr("Salesperson"));
    add(right, QStringLiteral("posted"), tr("Posted"));
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(left, 3);
    row->addSpacing(24);
    row->addLayout(right, 2);
    return box;
}

QWidget* InvoiceViewer::buildFooter() {
    auto* box = new QWidget(this);
    m_notes = new QPlainTextEdit(box);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 5);
    auto* notesLabel = new QLabel(tr("&Notes"), box);
    notesLabel->setBuddy(m_notes);
    auto* notes = new QVBoxLayout;
    notes->addWidget(notesLabel);
    notes->addWidget(m_notes);
    QLabel* deposits = valueLabel(box, QStringLiteral("depositList"));
    deposits->setWordWrap(true);
    m_fields.insert(QStringLiteral("depositList"), deposits);
    notes->addWidget(deposits);
    notes->addStretch(1);

    m_totals = new TotalsPanel(box);
    auto* settled = new QGridLayout;
    settled->setHorizontalSpacing(16);
    const auto figure = [this, box, settled](const QString& name, const QString& title) {
        QLabel* value = valueLabel(box, name);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_fields.insert(name, value);
        const int row = settled->rowCount();
        settled->addWidget(new QLabel(title, box), row, 0);
        settled->addWidget(value, row, 1);
        return value;
    };
    figure(QStringLiteral("deposits"), tr("Deposits applied"));
    figure(QStringLiteral("paid"), tr("Paid"));
    QLabel* due = figure(QStringLiteral("amountDue"), tr("Amount due"));
    QFont bold = due->font();
    bold.setBold(true);
    due->setFont(bold);
    settled->setColumnStretch(1, 1);
    auto* figures = new QVBoxLayout;
    figures->addWidget(m_totals);
    figures->addLayout(settled);
    figures->addStretch(1);

    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(notes, 1);
    layout->addSpacing(24);
    layout->addLayout(figures);
    return box;
}

void InvoiceViewer::buildButtons() {
    auto* row = new QHBoxLayout;
    const auto add = [this, row](const QString& key, const QString& text, const QString& tip) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(key + QStringLiteral("Button"));
        button->setToolTip(tip);
        button->setAutoDefault(false); // Enter belongs to the lines, never to a button
        m_buttons.insert(key, button);
        row->addWidget(button);
        return button;
    };
    add(QStringLiteral("preview"), tr("Print pre&view…"), tr("Ctrl+P"));
    add(QStringLiteral("pdf"), tr("Save as &PDF…"), {});
    row->addStretch(1);
    add(QStringLiteral("discard"), tr("Disca&rd draft…"),
        tr("Deletes the draft; its orders can be invoiced again"));
    add(QStringLiteral("save"), tr("&Save"), tr("Ctrl+S"));
    add(QStringLiteral("post"), tr("P&ost invoice…"),
        tr("Takes the next invoice number and freezes the invoice"));
    add(QStringLiteral("recordPayment"), tr("Record pa&yment…"),
        tr("A payment of this invoice's balance, or of another amount"));
    add(QStringLiteral("close"), tr("Close"), tr("Esc"));
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
}

} // namespace mostrador::app
