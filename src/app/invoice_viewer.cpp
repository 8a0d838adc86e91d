// SPDX-License-Identifier: MIT
#include "app/invoice_viewer.h"

#include "app/dialogs/dialog_support.h"
#include "app/invoice_source.h"
#include "app/service_source.h"
#include "app/totals_panel.h"
#include "domain/invoicing.h"
#include "reports/invoice_document.h"
#include "services/services.h"

#include <QDateEdit>
#include <QDateTime>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>

namespace mostrador::app {

using dialogs::DialogSupport;
using domain::Quantity;

namespace {

// On the SKU item: the invoice line's id; on the quantity item: the quantity as typed,
// in thousandths.
constexpr int kLineId = Qt::UserRole;
constexpr int kQty = Qt::UserRole;

QStandardItem* readOnly(const QString& text, bool number = false) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

InvoiceViewer::InvoiceViewer(services::Services& services, const domain::Actor& actor,
                             const QString& number, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , m_canEdit(actor.require(domain::Permission::EditInvoices).has_value()) {
    setObjectName(QStringLiteral("invoiceViewer"));
    if (auto rounding =
            services.settings().value(QString::fromUtf16(domain::setting::kTaxRounding)))
        m_rounding =
            *rounding == u"global" ? domain::TaxRounding::Global : domain::TaxRounding::PerLine;
    buildUi();
    connectSignals();
    load(number);
    m_table->setFocus(Qt::OtherFocusReason);
    if (m_lines->rowCount() > 0)
        m_table->setCurrentIndex(m_lines->index(0, isEditable() ? Qty : Sku));
}

void InvoiceViewer::connectSignals() {
    const auto on = [this](const char* key, auto action) {
        connect(m_buttons[QLatin1String(key)], &QPushButton::clicked, this, action);
    };
    on("preview", [this] { printPreview(); });
    on("pdf", [this] { saveAsPdf(); });
    on("discard", [this] { discard(); });
    on("save", [this] { save(); });
    on("post", [this] { post(); });
    on("recordPayment", [this] { recordPayment(); });
    on("close", [this] { reject(); });
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, [this] {
        if (isEditable())
            save();
    });
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this,
            &InvoiceViewer::printPreview);
    connect(m_lines, &QStandardItemModel::itemChanged, this, &InvoiceViewer::quantityEdited);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_filling)
            updateButtons();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            updateButtons();
    });
}

void InvoiceViewer::load(const QString& number) {
    auto found = m_services.invoices().get(m_actor, number);
    if (!found) {
        setWindowTitle(tr("Invoice %1").arg(number));
        m_title->setText(windowTitle());
        DialogSupport::showError(m_banner, found.error().message);
        DialogSupport::setReadOnly(m_date, true);
        DialogSupport::setReadOnly(m_notes, true);
        for (QPushButton* button : std::as_const(m_buttons))
            button->setVisible(button == m_buttons.value(QStringLiteral("close")));
        return;
    }
    m_invoice = std::move(*found);
    fill();
}

bool InvoiceViewer::isEditable() const {
    return m_canEdit && m_invoice.id != 0 && m_invoice.isDraft();
}

void InvoiceViewer::fill() {
    m_filling = true;
    fillHeader();
    fillLines();
    m_filling = false;
    showFigures();
    updateButtons();
}

void InvoiceViewer::fillHeader() {
    const domain::Invoice& inv = m_invoice;
    const QLocale locale;
    const QString title =
        inv.isDraft() ? tr("Draft invoice %1").arg(inv.number) : tr("Invoice %1").arg(inv.number);
    setWindowTitle(tr("%1 — %2").arg(title, inv.party.customerName));
    m_title->setText(title);
    const auto set = [this](const char* name, const QString& text) {
        m_fields.value(QLatin1String(name))->setText(text);
    };
    set("number", inv.isDraft() ? tr("%1 (the invoice number is given when posted)").arg(inv.number)
                  : inv.draftNumber.isEmpty() || inv.draftNumber == inv.number
                      ? inv.number
                      : tr("%1 (draft %2)").arg(inv.number, inv.draftNumber));
    set("customer", inv.party.customerName.isEmpty()
                        ? inv.party.customerCode
                        : tr("%1 · %2").arg(inv.party.customerCode, inv.party.customerName));
    QString billTo = inv.party.billingAddress;
    if (!inv.party.customerTaxId.isEmpty())
        billTo += (billTo.isEmpty() ? QString() : QStringLiteral("\n")) +
                  tr("Tax id %1").arg(inv.party.customerTaxId);
    set("billTo", billTo);
    set("orders", reports::invoicedOrders(inv).join(QStringLiteral(", ")));
    m_date->setDate(inv.date);
    DialogSupport::setReadOnly(m_date, !isEditable());
    QStringList dues;
    for (const domain::Installment& i : inv.installments)
        dues << tr("%1: %2").arg(locale.toString(i.dueDate, fullYearDateFormat(locale)),
                                 i.amount.toString(locale));
    set("dueDates",
        inv.isDraft() ? tr("set when posted, from the payment terms") : dues.join(u'\n'));
    const QString shown =
        InvoiceLabels::shownState(inv.status, inv.dueDate, inv.balance, QDate::currentDate());
    QLabel* state = m_fields.value(QStringLiteral("state"));
    state->setText(InvoiceLabels::state(shown));
    state->setStyleSheet(shown == InvoiceSource::kOverdue
                             ? QStringLiteral("color: #c01c1c; font-weight: bold;")
                             : QString());
    set("salesperson", inv.salesperson);
    const QDateTime postedAt = QDateTime::fromString(inv.postedAt, Qt::ISODate);
    set("posted",
        inv.isDraft() ? tr("not yet")
        : postedAt.isValid()
            ? tr("%1 by %2")
                  .arg(locale.toString(postedAt.toLocalTime(), QLocale::ShortFormat), inv.postedBy)
            : inv.postedBy);
    m_notes->setPlainText(inv.notes);
    DialogSupport::setReadOnly(m_notes, !isEditable());
    QStringList deposits;
    for (const domain::DepositApplication& d : inv.deposits)
        deposits << tr("Deposit %1 (order %2): %3")
                        .arg(d.depositNumber, d.orderNumber, d.amount.toString(locale));
    QLabel* depositList = m_fields.value(QStringLiteral("depositList"));
    depositList->setText(deposits.join(u'\n'));
    depositList->setVisible(!deposits.isEmpty());
}

void InvoiceViewer::fillLines() {
    const QLocale locale;
    m_lines->removeRows(0, m_lines->rowCount());
    for (const domain::InvoiceLine& l : m_invoice.lines) {
        QStandardItem* sku = readOnly(l.sku);
        sku->setData(l.id, kLineId);
        auto* qty = readOnly(l.qty.toString(locale), true);
        qty->setData(l.qty.thousandths(), kQty);
        qty->setEditable(isEditable());
        if (isEditable())
            qty->setToolTip(tr("Type a new quantity; 0 takes the line off the invoice"));
        m_lines->appendRow({sku, readOnly(l.description), readOnly(l.orderNumber), qty,
                            readOnly(l.unit), readOnly(l.unitPrice.toString(locale), true),
                            readOnly(l.discount.toString(locale), true),
                            readOnly(l.taxRate.toString(locale), true),
                            readOnly(l.net.toString(locale), true)});
    }
    // The order of each line matters only when the invoice gathers several.
    m_table->setColumnHidden(Order, reports::invoicedOrders(m_invoice).size() < 2);
}

domain::Invoice InvoiceViewer::edited() const {
    domain::Invoice e = m_invoice;
    e.date = m_date->date();
    e.notes = m_notes->toPlainText().trimmed();
    for (int row = 0; row < m_lines->rowCount() && row < e.lines.size(); ++row)
        e.lines[row].qty =
            Quantity::fromThousandths(m_lines->item(row, Qty)->data(kQty).toLongLong());
    domain::priceInvoice(e, m_rounding);
    return e;
}

bool InvoiceViewer::isDirty() const {
    if (!isEditable())
        return false;
    const domain::Invoice e = edited();
    if (e.date != m_invoice.date || e.notes != m_invoice.notes.trimmed())
        return true;
    for (int i = 0; i < e.lines.size(); ++i)
        if (e.lines[i].qty != m_invoice.lines[i].qty)
            return true;
    return false;
}

void InvoiceViewer::showFigures() {
    const QLocale locale;
    domain::Invoice e = isEditable() ? edited() : m_invoice;
    if (isEditable()) {
        m_filling = true;
        for (int row = 0; row < m_lines->rowCount() && row < e.lines.size(); ++row)
            m_lines->item(row, Net)->setText(e.lines[row].net.toString(locale));
        m_filling = false;
        // A line at zero leaves the invoice: no empty tax group for it.
        e.lines.removeIf([](const domain::InvoiceLine& l) { return l.qty.thousandths() == 0; });
        domain::priceInvoice(e, m_rounding);
    }
    domain::DocumentTotals totals;
    totals.groups = e.taxGroups;
    totals.untaxed = e.untaxed;
    totals.tax = e.tax;
    totals.total = e.total;
    m_totals->setTotals(totals);
    m_fields.value(QStringLiteral("deposits"))->setText(e.depositsApplied.toString(locale));
    m_fields.value(QStringLiteral("paid"))->setText(e.paid.toString(locale));
    m_fields.value(QStringLiteral("amountDue"))->setText(reports::amountDue(e).toString(locale));
}

void InvoiceViewer::quantityEdited(QStandardItem* item) {
    if (m_filling || item->column() != Qty)
        return;
    const QLocale locale;
    const Quantity before = Quantity::fromThousandths(item->data(kQty).toLongLong());
    auto qty = Quantity::parse(item->text().trimmed(), locale);
    m_filling = true;
    if (!qty || qty->thousandths() < 0) {
        item->setText(before.toString(locale));
        m_filling = false;
        DialogSupport::showError(m_banner, qty ? tr("%1: a quantity cannot be negative")
                                                     .arg(m_lines->item(item->row(), Sku)->text())
                                               : qty.error().message);
        return;
    }
    item->setData(qty->thousandths(), kQty);
    item->setText(qty->toString(locale));
    m_filling = false;
    DialogSupport::showError(m_banner, {});
    showFigures();
    updateButtons();
}

void InvoiceViewer::updateButtons() {
    const bool editable = isEditable();
    const bool loaded = m_invoice.id != 0;
    for (const char* key : {"discard", "save", "post"})
        m_buttons.value(QLatin1String(key))->setVisible(editable);
    m_buttons.value(QStringLiteral("save"))->setEnabled(isDirty());
    m_buttons.value(QStringLiteral("preview"))->setEnabled(loaded);
    m_buttons.value(QStringLiteral("pdf"))->setEnabled(loaded);
    m_buttons.value(QStringLiteral("recordPayment"))
        ->setVisible(loaded && !m_invoice.isDraft() && m_invoice.balance.minor() > 0 &&
                     m_actor.require(domain::Permission::RecordPayments).has_value());
}

} // namespace mostrador::app
