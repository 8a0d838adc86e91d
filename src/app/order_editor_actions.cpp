// SPDX-License-Identifier: MIT
// The order editor's actions: save, confirm and its outcomes, a manager's approval or
// release, cancelling, deposits, and the refusals they bring.
#include "app/dialogs/dialog_support.h"
#include "app/document_editor_support.h"
#include "app/document_grid.h"
#include "app/document_lines_model.h"
#include "app/invoice_viewer.h"
#include "app/lookup_edit.h"
#include "app/order_dialogs.h"
#include "app/order_editor.h"
#include "app/order_source.h"
#include "app/shipment_dialog.h"
#include "domain/invoicing.h"
#include "domain/workflow.h"
#include "services/services.h"

#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace mostrador::app {

using dialogs::DialogSupport;
namespace state = domain::order_state;

bool OrderEditor::save() {
    DialogSupport::showError(m_banner, {});
    DialogSupport::markInvalid(m_customer, false);
    services::OrderInput input;
    input.customerCode = m_customerCode.isEmpty() ? m_customer->text().trimmed() : m_customerCode;
    input.date = m_date->date();
    if (m_requested->date() != m_requested->minimumDate())
        input.requestedDate = m_requested->date();
    input.notes = m_notes->toPlainText().trimmed();
    input.lines = m_model->inputs();
    auto saved = m_order.id == 0
                     ? m_services.orders().create(m_actor, input)
                     : m_services.orders().update(m_actor, m_order.number, m_order.version, input);
    if (!saved) {
        refuse(saved.error());
        return false;
    }
    took(*saved, tr("Order %1 saved").arg(saved->number));
    return true;
}

bool OrderEditor::saveIfDirty() {
    if (m_order.status != state::kDraft)
        return true;
    return (m_order.id != 0 && !isDirty()) || save();
}

void OrderEditor::took(const domain::SalesOrder& order, const QString& message) {
    m_order = order;
    fill();
    m_cleanState = state();
    notice(message);
}

bool OrderEditor::confirmOrder() {
    if (!saveIfDirty())
        return false;
    auto confirmed = m_services.orders().confirm(m_actor, m_order.number);
    if (!confirmed) {
        refuse(confirmed.error());
        return false;
    }
    const QString number = confirmed->number;
    QString message;
    if (confirmed->status == state::kCreditHold)
        message = tr("Order %1 is on credit hold: see the reasons above").arg(number);
    else if (confirmed->status == state::kAwaitingApproval)
        message = tr("Order %1 awaits a manager's approval").arg(number);
    else
        message = tr("Order %1 is confirmed").arg(number);
    took(*confirmed, message);
    return true;
}

bool OrderEditor::approveOrder() {
    return decide(QStringLiteral("approve"));
}

bool OrderEditor::releaseOrder() {
    return decide(QStringLiteral("release"));
}

bool OrderEditor::decide(const QString& action) {
    const bool release = action == u"release";
    OrderReasonDialog ask(
        release ? tr("Release order %1").arg(m_order.number)
                : tr("Approve order %1").arg(m_order.number),
        release ? tr("Why may this order go ahead despite the credit hold? The reason is "
                     "recorded with your name. (required)")
                : tr("Why may these lines go ahead as they are? The reason is recorded with "
                     "your name. (required)"),
        release ? tr("Release") : tr("Approve"), true, this);
    if (ask.exec() != QDialog::Accepted)
        return false;
    auto decided = release ? m_services.orders().release(m_actor, m_order.number, ask.reason())
                           : m_services.orders().approve(m_actor, m_order.number, ask.reason());
    if (!decided) {
        refuse(decided.error());
        return false;
    }
    took(*decided, tr("Order %1 is %2").arg(decided->number, domain::stateLabel(decided->status)));
    return true;
}

bool OrderEditor::cancelOrder() {
    const bool shipped = m_order.status == state::kPartiallyShipped;
    OrderReasonDialog ask(
        tr("Cancel order %1").arg(m_order.number),
        shipped ? tr("Part of this order has shipped: only what remains to ship is cancelled, "
                     "and its reservations released. Why? (optional)")
                : tr("The whole order is cancelled and its reservations released. Why? "
                     "(optional)"),
        tr("Cancel order"), false, this);
    if (ask.exec() != QDialog::Accepted)
        return false;
    auto cancelled = m_services.orders().cancel(m_actor, m_order.number, ask.reason());
    if (!cancelled) {
        refuse(cancelled.error());
        return false;
    }
    took(*cancelled, shipped ? tr("What remained of order %1 is cancelled").arg(m_order.number)
                             : tr("Order %1 is cancelled").arg(m_order.number));
    return true;
}

bool OrderEditor::recordDeposit() {
    if (!saveIfDirty())
        return false;
    domain::Money owed = m_order.total - m_order.deposits;
    if (owed.isNegative())
        owed = domain::Money::zero(m_order.currency);
    QString number;
    DepositDialog ask(
        m_order.number, m_order.currency, owed,
        [this, &number](const services::DepositInput& input) -> Status {
            auto added = m_services.deposits().add(m_actor, input);
            if (!added)
                return fail(added.error());
            number = added->number;
            return {};
        },
        this);
    if (ask.exec() != QDialog::Accepted)
        return false;
    reload();
    notice(tr("Deposit %1 recorded on order %2").arg(number, m_order.number));
    return true;
}

bool OrderEditor::shipOrder() {
    ShipmentDialog dialog(m_services, m_actor, m_order.number, this);
    dialog.exec();
    const QString number = dialog.shipment().number;
    reload();
    if (number.isEmpty())
        return false;
    notice(tr("Shipment %1 made from order %2").arg(number, m_order.number));
    return true;
}

bool OrderEditor::hasInvoiceable() const {
    if (m_order.id == 0)
        return false;
    auto key = m_services.settings().value(QString::fromUtf16(domain::setting::kInvoicePolicy));
    const auto policy = domain::invoicePolicyFrom(key ? *key : QString());
    return std::any_of(m_order.lines.cbegin(), m_order.lines.cend(), [policy](const auto& line) {
        return domain::invoiceableQty(line, policy, {}) > domain::Quantity();
    });
}

bool OrderEditor::invoiceOrder() {
    auto draft = m_services.invoices().createDraft(m_actor, {m_order.number});
    if (!draft) {
        refuse(draft.error());
        return false;
    }
    InvoiceViewer viewer(m_services, m_actor, draft->number, this);
    viewer.exec();
    reload();
    const domain::Invoice& made = viewer.invoice();
    if (made.number.isEmpty())
        notice(tr("Draft invoice %1 discarded").arg(draft->number));
    else if (made.isDraft())
        notice(tr("Draft invoice %1 made from order %2").arg(made.number, m_order.number));
    else
        notice(tr("Invoice %1 posted from order %2").arg(made.number, m_order.number));
    return true;
}

void OrderEditor::reject() {
    if (isDirty() && !DialogSupport::confirmDiscard(this))
        return;
    QDialog::reject();
}

void OrderEditor::refuse(const Error& error) {
    showRefusal(error, m_banner, m_model, m_grid, fieldWidget(error.field));
}

void OrderEditor::notice(const QString& text) {
    DialogSupport::showNotice(m_banner, text);
}

QWidget* OrderEditor::fieldWidget(const QString& field) const {
    if (field == u"customer" || field == u"customer_code")
        return m_customer;
    if (field == u"date")
        return m_date;
    if (field == u"requested_date")
        return m_requested;
    if (field == u"notes")
        return m_notes;
    if (field == u"lines")
        return m_grid;
    return nullptr;
}

} // namespace mostrador::app
