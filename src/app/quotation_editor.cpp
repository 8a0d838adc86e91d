// SPDX-License-Identifier: MIT
#include "app/quotation_editor.h"

#include "app/dialogs/dialog_support.h"
#include "app/document_editor_support.h"
#include "app/document_grid.h"
#include "app/document_lines_model.h"
#include "app/lookup_edit.h"
#include "app/quotation_source.h"
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

QuotationEditor::QuotationEditor(services::Services& services, const domain::Actor& actor,
                                 const QString& number, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , m_canEdit(actor.require(Permission::EditQuotations).has_value()) {
    setObjectName(QStringLiteral("quotationEditor"));
    m_quote.currency = services.context().currency;
    m_model = new DocumentLinesModel(m_quote.currency, taxRounding(services), actor.discountLimit(),
                                     this);
    m_model->setPricer([this](const services::LineInput& input) -> Result<domain::DocumentLine> {
        if (m_customerCode.isEmpty())
            return fail(Error::invalid(QStringLiteral("quotation.customer_required"),
                                       tr("Choose the customer first"),
                                       QStringLiteral("customer")));
        return m_services.quotations().proposeLine(m_actor, m_customerCode, input, m_date->date());
    });
    buildUi();
    connectSignals();
    if (number.isEmpty()) {
        m_quote.date = QDate::currentDate();
        m_quote.salesperson = actor.name;
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

QuotationEditor::~QuotationEditor() {
    // The grid outlives this object's members (children go in ~QWidget) and commits an
    // open cell when it closes: nothing of this editor may answer by then.
    m_model->disconnect(this);
    m_model->setPricer({});
}

void QuotationEditor::connectSignals() {
    connect(m_buttons[QStringLiteral("save")], &QPushButton::clicked, this, [this] { save(); });
    connect(m_buttons[QStringLiteral("send")], &QPushButton::clicked, this, [this] { send(); });
    connect(m_buttons[QStringLiteral("accept")], &QPushButton::clicked, this,
            [this] { acceptQuotation(); });
    connect(m_buttons[QStringLiteral("reject")], &QPushButton::clicked, this,
            [this] { rejectQuotation(); });
    connect(m_buttons[QStringLiteral("revise")], &QPushButton::clicked, this, [this] { revise(); });
    connect(m_buttons[QStringLiteral("preview")], &QPushButton::clicked, this,
            &QuotationEditor::printPreview);
    connect(m_buttons[QStringLiteral("pdf")], &QPushButton::clicked, this,
            &QuotationEditor::saveAsPdf);
    connect(m_buttons[QStringLiteral("close")], &QPushButton::clicked, this,
            &QuotationEditor::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, [this] {
        if (m_buttons[QStringLiteral("save")]->isVisibleTo(this))
            save();
    });
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this,
            &QuotationEditor::printPreview);

    connect(m_customer, &LookupEdit::chosen, this, &QuotationEditor::pickCustomer);
    connect(m_customer, &QLineEdit::textEdited, this, [this] {
        // Typing over the customer un-picks it until a suggestion is taken.
        m_customerCode.clear();
        m_customerInfo->clear();
    });
    connect(m_customer, &QLineEdit::returnPressed, this, [this] {
        // The customer is already there: Enter goes on to the lines.
        if (!m_customerCode.isEmpty())
            m_grid->startNewLine();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_validUntilTouched)
            defaultValidUntil();
        // Price rules have validity dates: the lines are priced for the new date.
        if (auto repriced = m_model->repriceAll(); !repriced)
            refuse(repriced.error());
    });
    connect(m_validUntil, &QDateEdit::dateChanged, this, [this] {
        if (m_validUntil->hasFocus())
            m_validUntilTouched = true;
    });
    connect(m_model, &DocumentLinesModel::totalsChanged, this, [this] {
        if (m_inputRefused) { // corrected
            DialogSupport::showError(m_banner, {});
            m_inputRefused = false;
        }
        m_totals->setTotals(m_model->totals());
        showLineNote(m_grid->currentIndex().row());
    });
    // The grid keeps the refused cell open; the message says why.
    connect(m_model, &DocumentLinesModel::inputRefused, this, [this](int, int, const Error& error) {
        DialogSupport::showError(m_banner, error.message);
        m_inputRefused = true;
    });
    connect(m_grid, &DocumentGrid::currentLineChanged, this, &QuotationEditor::showLineNote);
}

void QuotationEditor::defaultValidUntil() {
    auto days =
        m_services.settings().value(QString::fromUtf16(domain::setting::kQuoteValidityDays));
    const int n = days ? days->toInt() : 0;
    QSignalBlocker block(m_validUntil);
    m_validUntil->setDate(m_date->date().addDays(n > 0 ? n : 30));
}

void QuotationEditor::load(const QString& number) {
    auto quote = m_services.quotations().get(m_actor, number);
    if (!quote) {
        DialogSupport::showError(m_banner, quote.error().message);
        m_canEdit = false;
        m_quote.number = number;
    } else {
        m_quote = *quote;
    }
    fill();
}

void QuotationEditor::fill() {
    m_customerCode = m_quote.party.customerCode;
    m_customer->setText(m_customerCode);
    m_customerInfo->clear();
    if (!m_customerCode.isEmpty()) {
        if (auto customer = m_services.customers().get(m_actor, m_customerCode))
            showCustomer(*customer);
    }
    {
        QSignalBlocker blockDate(m_date);
        m_date->setDate(m_quote.date.isValid() ? m_quote.date : QDate::currentDate());
    }
    if (m_quote.validUntil.isValid()) {
        QSignalBlocker block(m_validUntil);
        m_validUntil->setDate(m_quote.validUntil);
        m_validUntilTouched = m_quote.id != 0;
    } else {
        defaultValidUntil();
    }
    m_salesperson->setText(m_quote.salesperson);
    m_notes->setPlainText(m_quote.notes);
    m_model->setLines(m_quote.lines);
    if (m_model->rowCount() == 0)
        m_model->appendEmptyRow();
    m_grid->setCurrentIndex(m_model->index(0, DocumentLinesModel::Sku));
    updateState();
}

void QuotationEditor::pickCustomer(const QString& code) {
    auto customer = m_services.customers().get(m_actor, code);
    if (!customer) {
        refuse(customer.error());
        return;
    }
    const bool changed = code != m_customerCode;
    m_customerCode = customer->code;
    showCustomer(*customer);
    DialogSupport::markInvalid(m_customer, false);
    DialogSupport::showError(m_banner, {});
    if (changed) {
        if (auto repriced = m_model->repriceAll(); !repriced)
            refuse(repriced.error());
    }
    m_grid->startNewLine();
}

void QuotationEditor::showCustomer(const domain::Customer& c) {
    QStringList lines{c.name};
    if (!c.billingAddress.isEmpty())
        lines << tr("Bill to: %1")
                     .arg(QString(c.billingAddress).replace(u'\n', QStringLiteral(", ")));
    if (!c.shippingAddress.isEmpty() && c.shippingAddress != c.billingAddress)
        lines << tr("Ship to: %1")
                     .arg(QString(c.shippingAddress).replace(u'\n', QStringLiteral(", ")));
    QStringList terms;
    if (!c.paymentTermsCode.isEmpty()) {
        QString name = c.paymentTermsCode;
        if (auto all = m_services.settings().paymentTerms())
            for (const auto& t : *all)
                if (t.code == c.paymentTermsCode)
                    name = t.name;
        terms << tr("Payment terms: %1").arg(name);
    }
    if (!c.priceListCode.isEmpty())
        terms << tr("Price list: %1").arg(c.priceListCode);
    if (c.onHold)
        terms << tr("ON HOLD");
    if (!terms.isEmpty())
        lines << terms.join(QStringLiteral(" · "));
    m_customerInfo->setText(lines.join(u'\n'));
}

void QuotationEditor::showLineNote(int row) {
    if (row < 0 || row >= m_model->rowCount() || m_model->isEmptyRow(row)) {
        m_lineNote->setText(m_model->lines().isEmpty()
                                ? tr("Type a SKU or a product name in the first cell; Enter "
                                     "moves on to quantity, price and discount.")
                                : QString());
        return;
    }
    const domain::DocumentLine& line = m_model->lineAt(row);
    QString text = tr("Line %1 · %2")
                       .arg(row + 1)
                       .arg(line.priceNote.isEmpty() ? line.description : line.priceNote)
                       .toHtmlEscaped();
    const QString flags = m_model->flagText(row);
    if (!flags.isEmpty())
        text += QStringLiteral("<br><span style=\"color:#b01e1e\">⚠ %1</span>")
                    .arg(flags.toHtmlEscaped());
    m_lineNote->setText(text);
}

void QuotationEditor::updateState() {
    const QString status = m_quote.status;
    const bool isNew = m_quote.id == 0;
    const bool draft = status == domain::quotation_state::kDraft;
    const bool editable = m_canEdit && draft;
    const QStringList actions = domain::quotationWorkflow().actionsFrom(status);
    const auto allowed = [&](const char* action) {
        return m_canEdit && !isNew && actions.contains(QLatin1String(action));
    };
    m_buttons[QStringLiteral("save")]->setVisible(editable);
    m_buttons[QStringLiteral("send")]->setVisible(m_canEdit && (isNew || allowed("send")));
    m_buttons[QStringLiteral("accept")]->setVisible(allowed("accept"));
    m_buttons[QStringLiteral("reject")]->setVisible(allowed("reject"));
    m_buttons[QStringLiteral("revise")]->setVisible(allowed("revise"));
    m_buttons[QStringLiteral("preview")]->setEnabled(!isNew);
    m_buttons[QStringLiteral("pdf")]->setEnabled(!isNew);

    m_customer->setReadOnly(!editable);
    m_date->setReadOnly(!editable);
    m_validUntil->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_grid->setReadOnly(!editable);

    QString title = isNew ? tr("New quotation")
                          : tr("Quotation %1 · rev. %2 — %3")
                                .arg(m_quote.number)
                                .arg(m_quote.revision)
                                .arg(QuotationLabels::state(status));
    setWindowTitle(title);
    QString stateText = isNew ? tr("New quotation — not saved yet")
                              : tr("Quotation %1 · rev. %2 — %3")
                                    .arg(m_quote.number)
                                    .arg(m_quote.revision)
                                    .arg(QuotationLabels::state(status));
    if (!m_quote.orderNumber.isEmpty())
        stateText += tr(" · order %1").arg(m_quote.orderNumber);
    if (!m_quote.rejectReason.isEmpty())
        stateText += tr(" · reason: %1").arg(m_quote.rejectReason);
    m_stateLabel->setText(stateText);
    showRevisions();
    m_totals->setTotals(m_model->totals());
    showLineNote(m_grid->currentIndex().row());
}

void QuotationEditor::showRevisions() {
    m_stateLabel->setToolTip({});
    if (m_quote.revision < 2)
        return;
    auto revisions = m_services.quotations().revisions(m_actor, m_quote.number);
    if (!revisions || revisions->isEmpty())
        return;
    const QLocale locale;
    QStringList lines{tr("Earlier revisions:")};
    for (const auto& r : *revisions)
        lines << tr("rev. %1 of %2, valid until %3: %4")
                     .arg(r.revision)
                     .arg(locale.toString(r.date, fullYearDateFormat(locale)),
                          locale.toString(r.validUntil, fullYearDateFormat(locale)),
                          r.total.toString(locale));
    m_stateLabel->setToolTip(lines.join(u'\n'));
    m_stateLabel->setText(m_stateLabel->text() +
                          (revisions->size() == 1
                               ? tr(" · 1 earlier revision")
                               : tr(" · %1 earlier revisions").arg(revisions->size())));
}

QPushButton* QuotationEditor::button(const QString& action) const {
    return m_buttons.value(action);
}

QString QuotationEditor::state() const {
    QStringList parts{m_customerCode, m_date->date().toString(Qt::ISODate),
                      m_validUntil->date().toString(Qt::ISODate), m_notes->toPlainText()};
    for (const auto& line : m_model->lines())
        parts << line.sku << line.description << line.qty.toPlainString()
              << line.unitPrice.toPlainString() << line.discount.toPlainString();
    return parts.join(u'\x1f');
}

} // namespace mostrador::app
