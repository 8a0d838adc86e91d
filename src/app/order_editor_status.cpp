// SPDX-License-Identifier: MIT
// What the order editor tells beside the lines: the customer and its credit position,
// the status banner (why an order is held or waits, who released it and why), the
// deposits, and the current line's explanation and fulfilment.
#include "app/document_grid.h"
#include "app/document_lines_model.h"
#include "app/order_editor.h"
#include "app/service_source.h"
#include "services/services.h"

#include <QLabel>

namespace mostrador::app {

namespace state = domain::order_state;

namespace {

// The banner's colours: amber while a manager must decide, green once one has, grey for
// a cancelled order.
const QString kWaitingStyle =
    QStringLiteral("QLabel { background: #fff4d6; color: #5c4200; border: 1px solid #e0b84c;"
                   " border-radius: 3px; padding: 6px; }");
const QString kDecidedStyle =
    QStringLiteral("QLabel { background: #e6f4e6; color: #1e4d1e; border: 1px solid #8cc28c;"
                   " border-radius: 3px; padding: 6px; }");
const QString kClosedStyle =
    QStringLiteral("QLabel { background: #eeeeee; color: #333333; border: 1px solid #bbbbbb;"
                   " border-radius: 3px; padding: 6px; }");

QString bullets(const QStringList& items) {
    QStringList out;
    for (const QString& item : items)
        out << QStringLiteral("• ") + item;
    return out.join(u'\n');
}

} // namespace

void OrderEditor::showCustomer(const domain::Customer& c) {
    QStringList lines{c.name};
    if (!c.shippingAddress.isEmpty())
        lines << tr("Ship to: %1")
                     .arg(QString(c.shippingAddress).replace(u'\n', QStringLiteral(", ")));
    else if (!c.billingAddress.isEmpty())
        lines << tr("Bill to: %1")
                     .arg(QString(c.billingAddress).replace(u'\n', QStringLiteral(", ")));
    if (c.onHold)
        lines << tr("ON HOLD");
    m_customerInfo->setText(lines.join(u'\n'));
}

void OrderEditor::showCredit() {
    m_position.reset();
    if (!m_customerCode.isEmpty()) {
        if (auto credit = m_services.orders().credit(m_actor, m_customerCode))
            m_position = *credit;
    }
    showCreditText();
}

void OrderEditor::showCreditText() {
    m_credit->clear();
    if (!m_position)
        return;
    const services::CreditPosition& credit = *m_position;
    const QLocale locale;
    QStringList parts{tr("Exposure %1").arg(credit.exposure.toString(locale))};
    if (!credit.limit)
        parts << tr("no credit limit");
    else if (credit.limit->isZero())
        parts << tr("prepaid only (limit 0)");
    else
        parts << tr("limit %1 · %2 left")
                     .arg(credit.limit->toString(locale),
                          (*credit.limit - credit.exposure).toString(locale));
    if (!credit.unappliedDeposits.isZero())
        parts << tr("deposits %1").arg(credit.unappliedDeposits.toString(locale));
    QString text = parts.join(QStringLiteral(" · "));
    // Before confirming, whether this order fits: what the credit check will find.
    const domain::Money total = m_model->totals().total;
    if (credit.limit && m_order.status == state::kDraft && !total.isZero() &&
        credit.exposure + total > *credit.limit)
        text += u'\n' + tr("This order would exceed the limit by %1")
                            .arg((credit.exposure + total - *credit.limit).toString(locale));
    m_credit->setText(text);
    m_credit->setToolTip(tr("Receivables %1 + confirmed orders not invoiced %2 − deposits %3")
                             .arg(credit.arBalance.toString(locale),
                                  credit.openOrders.toString(locale),
                                  credit.unappliedDeposits.toString(locale)));
}

void OrderEditor::showStatus() {
    const domain::SalesOrder& o = m_order;
    QStringList text;
    QString style = kDecidedStyle;
    if (o.status == state::kCreditHold) {
        text << tr("On credit hold — a manager may release it with a reason:")
             << bullets(o.holdReasons);
        style = kWaitingStyle;
    } else if (o.status == state::kAwaitingApproval) {
        text << tr("Awaiting a manager's approval:") << bullets(o.approvalReasons);
        style = kWaitingStyle;
    } else if (o.status == state::kCancelled) {
        text << (o.cancelReason.isEmpty() ? tr("Cancelled")
                                          : tr("Cancelled: %1").arg(o.cancelReason));
        style = kClosedStyle;
    }
    if (!o.releaseReason.isEmpty() && o.status != state::kCreditHold &&
        o.status != state::kAwaitingApproval) {
        const bool approval = !o.approvalReasons.isEmpty() && o.holdReasons.isEmpty();
        const QString who = o.releasedBy.isEmpty() ? tr("a manager") : o.releasedBy;
        text << (approval ? tr("Approved by %1: %2") : tr("Released by %1: %2"))
                    .arg(who, o.releaseReason);
        const QStringList was = approval ? o.approvalReasons : o.holdReasons;
        if (!was.isEmpty())
            text << tr("It was waiting for:") << bullets(was);
    }
    m_status->setText(text.join(u'\n'));
    m_status->setStyleSheet(style);
    m_status->setVisible(!text.isEmpty());
}

void OrderEditor::showDeposits() {
    m_deposits->clear();
    m_deposits->setVisible(!m_depositList.isEmpty());
    if (m_depositList.isEmpty())
        return;
    const QLocale locale;
    QStringList lines;
    domain::Money total = domain::Money::fromMinor(0, m_order.currency);
    for (const domain::Deposit& d : m_depositList) {
        QString line = tr("%1 · %2 · %3 · %4")
                           .arg(d.number, locale.toString(d.date, fullYearDateFormat(locale)),
                                domain::paymentMethodLabel(d.method), d.amount.toString(locale));
        if (!d.reference.isEmpty())
            line += tr(" · ref. %1").arg(d.reference);
        lines << line;
        total += d.amount;
    }
    m_deposits->setText(tr("Deposits (%1): %2\n%3")
                            .arg(m_depositList.size())
                            .arg(total.toString(locale), lines.join(u'\n')));
}

void OrderEditor::showLineNote(int row) {
    if (row < 0 || row >= m_model->rowCount() || m_model->isEmptyRow(row)) {
        m_lineNote->setText(m_model->lines().isEmpty()
                                ? tr("Type a SKU or a product name in the first cell; Enter "
                                     "moves on to quantity, price and discount; Tab also "
                                     "visits the line's requested date.")
                                : QString());
        return;
    }
    const domain::DocumentLine& line = m_model->lineAt(row);
    QString text = tr("Line %1 · %2")
                       .arg(row + 1)
                       .arg(line.priceNote.isEmpty() ? line.description : line.priceNote)
                       .toHtmlEscaped();
    const QLocale locale;
    if (isFulfilling()) {
        QString fulfil =
            line.stockTracked
                ? tr("reserved %1 · shipped %2 · remaining %3")
                      .arg(line.reserved.toString(locale), line.shipped.toString(locale),
                           line.remaining().toString(locale))
                : tr("not kept in stock · shipped %1 · remaining %2")
                      .arg(line.shipped.toString(locale), line.remaining().toString(locale));
        text += QStringLiteral("<br>") + fulfil.toHtmlEscaped();
        if (!line.shortfall().isZero())
            text += QStringLiteral("<br><span style=\"color:#b01e1e\">⚠ %1</span>")
                        .arg(tr("%1 short: backordered until stock arrives")
                                 .arg(line.shortfall().toString(locale))
                                 .toHtmlEscaped());
    }
    const QString flags = m_model->flagText(row);
    if (!flags.isEmpty())
        text += QStringLiteral("<br><span style=\"color:#b01e1e\">⚠ %1</span>")
                    .arg(flags.toHtmlEscaped());
    m_lineNote->setText(text);
}

} // namespace mostrador::app
