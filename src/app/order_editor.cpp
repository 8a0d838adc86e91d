// SPDX-License-Identifier: MIT
#include "app/order_editor.h"

#include "app/dialogs/dialog_support.h"
#include "app/document_editor_support.h"
#include "app/document_grid.h"
#include "app/document_lines_model.h"
#include "app/lookup_edit.h"
#include "app/order_source.h"
#include "app/totals_panel.h"
#include "domain/workflow.h"
#include "services/services.h"

#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace mostrador::app {

using dialogs::DialogSupport;
using domain::Permission;
namespace state = domain::order_state;

namespace {
// The requested date at its minimum means "as soon as possible" (none).
const QDate kNoDate(2000, 1, 1);
} // namespace

OrderEditor::OrderEditor(services::Services& services, const domain::Actor& actor,
                         const QString& number, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , m_canEdit(actor.require(Permission::EditOrders).has_value())
    , m_canApprove(actor.require(Permission::ApproveOrders).has_value())
    , m_canDeposit(actor.require(Permission::RecordDeposits).has_value())
    , m_canShip(actor.require(Permission::ShipOrders).has_value()) {
    setObjectName(QStringLiteral("orderEditor"));
    m_order.currency = services.context().currency;
    m_model = new DocumentLinesModel(m_order.currency, taxRounding(services), actor.discountLimit(),
                                     this);
    m_model->setOrderColumns(true);
    m_model->setPricer([this](const services::LineInput& input) -> Result<domain::DocumentLine> {
        if (m_customerCode.isEmpty())
            return fail(Error::invalid(QStringLiteral("order.customer_required"),
                                       tr("Choose the customer first"),
                                       QStringLiteral("customer")));
        return m_services.quotations().proposeLine(m_actor, m_customerCode, input, m_date->date());
    });
    buildUi();
    m_requested->setMinimumDate(kNoDate);
    m_requested->setSpecialValueText(tr("as soon as possible"));
    connectSignals();
    if (number.isEmpty()) {
        m_order.date = QDate::currentDate();
        m_order.salesperson = actor.name;
        fill();
    } else {
        load(number);
    }
    m_cleanState = state();
    if (number.isEmpty())
        m_customer->setFocus(Qt::OtherFocusReason);
    else
        m_grid->setFocus(Qt::OtherFocusReason);
}

OrderEditor::~OrderEditor() {
    // The grid outlives this object's members (children go in ~QWidget) and commits an
    // open cell when it closes: nothing of this editor may answer by then.
    m_model->disconnect(this);
    m_model->setPricer({});
}

void OrderEditor::connectSignals() {
    const auto on = [this](const char* key, auto action) {
        connect(m_buttons[QLatin1String(key)], &QPushButton::clicked, this, action);
    };
    on("save", [this] { save(); });
    on("confirm", [this] { confirmOrder(); });
    on("approve", [this] { approveOrder(); });
    on("release", [this] { releaseOrder(); });
    on("cancelOrder", [this] { cancelOrder(); });
    on("deposit", [this] { recordDeposit(); });
    on("ship", [this] { shipOrder(); });
    on("invoice", [this] { invoiceOrder(); });
    on("preview", [this] { printPreview(); });
    on("pdf", [this] { saveAsPdf(); });
    on("close", [this] { reject(); });
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, [this] {
        if (m_buttons[QStringLiteral("save")]->isVisibleTo(this))
            save();
    });
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this,
            &OrderEditor::printPreview);

    connect(m_customer, &LookupEdit::chosen, this, &OrderEditor::pickCustomer);
    connect(m_customer, &QLineEdit::textEdited, this, [this] {
        // Typing over the customer un-picks it until a suggestion is taken.
        m_customerCode.clear();
        m_customerInfo->clear();
        m_position.reset();
        m_credit->clear();
    });
    connect(m_customer, &QLineEdit::returnPressed, this, [this] {
        // The customer is already there: Enter goes on to the lines.
        if (!m_customerCode.isEmpty())
            m_grid->startNewLine();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        // Price rules have validity dates: the lines are priced for the new date.
        if (auto repriced = m_model->repriceAll(); !repriced)
            refuse(repriced.error());
    });
    connect(m_model, &DocumentLinesModel::totalsChanged, this, [this] {
        if (m_inputRefused) { // corrected
            DialogSupport::showError(m_banner, {});
            m_inputRefused = false;
        }
        m_totals->setTotals(m_model->totals());
        showCreditText();
        showLineNote(m_grid->currentIndex().row());
    });
    // The grid keeps the refused cell open; the message says why.
    connect(m_model, &DocumentLinesModel::inputRefused, this, [this](int, int, const Error& error) {
        DialogSupport::showError(m_banner, error.message);
        m_inputRefused = true;
    });
    connect(m_grid, &DocumentGrid::currentLineChanged, this, &OrderEditor::showLineNote);
}

void OrderEditor::load(const QString& number) {
    auto order = m_services.orders().get(m_actor, number);
    if (!order) {
        DialogSupport::showError(m_banner, order.error().message);
        m_canEdit = m_canApprove = m_canDeposit = m_canShip = false;
        m_order.number = number;
    } else {
        m_order = *order;
    }
    fill();
}

void OrderEditor::reload() {
    if (auto order = m_services.orders().get(m_actor, m_order.number))
        m_order = *order;
    fill();
    m_cleanState = state();
}

void OrderEditor::fill() {
    m_customerCode = m_order.party.customerCode;
    m_customer->setText(m_customerCode);
    m_customerInfo->clear();
    if (!m_customerCode.isEmpty()) {
        if (auto customer = m_services.customers().get(m_actor, m_customerCode))
            showCustomer(*customer);
    }
    showCredit();
    {
        QSignalBlocker blockDate(m_date);
        m_date->setDate(m_order.date.isValid() ? m_order.date : QDate::currentDate());
    }
    m_requested->setDate(m_order.requestedDate.isValid() ? m_order.requestedDate : kNoDate);
    m_salesperson->setText(m_order.salesperson);
    m_notes->setPlainText(m_order.notes);
    m_model->setLines(m_order.lines);
    if (m_model->rowCount() == 0)
        m_model->appendEmptyRow();
    m_grid->setCurrentIndex(m_model->index(0, DocumentLinesModel::Sku));
    m_depositList.clear();
    if (m_order.id != 0) {
        auto deposits = m_services.deposits().forOrder(m_actor, m_order.number);
        m_depositList = deposits ? *deposits : QList<domain::Deposit>{};
    }
    updateState();
}

void OrderEditor::pickCustomer(const QString& code) {
    auto customer = m_services.customers().get(m_actor, code);
    if (!customer) {
        refuse(customer.error());
        return;
    }
    const bool changed = code != m_customerCode;
    m_customerCode = customer->code;
    showCustomer(*customer);
    showCredit();
    DialogSupport::markInvalid(m_customer, false);
    DialogSupport::showError(m_banner, {});
    if (changed) {
        if (auto repriced = m_model->repriceAll(); !repriced)
            refuse(repriced.error());
    }
    m_grid->startNewLine();
}

void OrderEditor::updateState() {
    const bool isNew = m_order.id == 0;
    const bool editable = m_canEdit && m_order.status == state::kDraft;
    m_customer->setReadOnly(!editable);
    m_date->setReadOnly(!editable);
    m_requested->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_grid->setReadOnly(!editable);
    // What is reserved, shipped and short means something once confirmed: a held or
    // waiting order reserves nothing by design.
    for (int column :
         {DocumentLinesModel::Reserved, DocumentLinesModel::Shipped, DocumentLinesModel::Shortfall})
        m_grid->setColumnHidden(column, !isFulfilling());

    const QString title =
        isNew ? tr("New order")
              : tr("Order %1 — %2").arg(m_order.number, OrderLabels::state(m_order.status));
    setWindowTitle(title);
    QString stateText = isNew ? tr("New order — not saved yet") : title;
    if (!m_order.quotationNumber.isEmpty())
        stateText += tr(" · from quotation %1").arg(m_order.quotationNumber);
    m_stateLabel->setText(stateText);
    updateButtons();
    showStatus();
    showDeposits();
    m_totals->setTotals(m_model->totals());
    showLineNote(m_grid->currentIndex().row());
}

void OrderEditor::updateButtons() {
    const bool isNew = m_order.id == 0;
    const QString status = m_order.status;
    const QStringList actions = domain::salesOrderWorkflow().actionsFrom(status);
    const auto allowed = [&](const char* action) {
        return !isNew && actions.contains(QLatin1String(action));
    };
    const bool closedForMoney = status == state::kCancelled || status == state::kClosed;
    m_buttons[QStringLiteral("save")]->setVisible(m_canEdit && status == state::kDraft);
    m_buttons[QStringLiteral("confirm")]->setVisible(m_canEdit && (isNew || allowed("confirm")));
    m_buttons[QStringLiteral("confirm")]->setText(
        status == state::kCreditHold ? tr("C&heck credit again") : tr("Con&firm"));
    m_buttons[QStringLiteral("approve")]->setVisible(m_canApprove && allowed("approve"));
    m_buttons[QStringLiteral("release")]->setVisible(m_canApprove && allowed("release"));
    m_buttons[QStringLiteral("cancelOrder")]->setVisible(m_canEdit && allowed("cancel"));
    m_buttons[QStringLiteral("deposit")]->setVisible(m_canDeposit && !isNew && !closedForMoney);
    m_buttons[QStringLiteral("ship")]->setVisible(
        m_canShip && (status == state::kConfirmed || status == state::kPartiallyShipped));
    const bool invoiceable = status == state::kConfirmed || status == state::kPartiallyShipped ||
                             status == state::kShipped;
    m_buttons[QStringLiteral("invoice")]->setVisible(
        !isNew && invoiceable && m_actor.require(domain::Permission::EditInvoices).has_value());
    m_buttons[QStringLiteral("invoice")]->setEnabled(hasInvoiceable());
    m_buttons[QStringLiteral("preview")]->setEnabled(!isNew);
    m_buttons[QStringLiteral("pdf")]->setEnabled(!isNew);
}

bool OrderEditor::isFulfilling() const {
    const QString& s = m_order.status;
    return m_order.id != 0 &&
           (s == state::kConfirmed || s == state::kPartiallyShipped || s == state::kShipped ||
            s == state::kClosed || s == state::kCancelled);
}

QPushButton* OrderEditor::button(const QString& action) const {
    return m_buttons.value(action);
}

QString OrderEditor::state() const {
    QStringList parts{m_customerCode, m_date->date().toString(Qt::ISODate),
                      m_requested->date().toString(Qt::ISODate), m_notes->toPlainText()};
    for (const auto& line : m_model->lines())
        parts << line.sku << line.description << line.qty.toPlainString()
              << line.unitPrice.toPlainString() << line.discount.toPlainString()
              << line.requestedDate.toString(Qt::ISODate);
    return parts.join(u'\x1f');
}

} // namespace mostrador::app
