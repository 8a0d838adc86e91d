// SPDX-License-Identifier: MIT
#include "app/quotation_editor.h"

#include "app/dialogs/dialog_support.h"
#include "app/document_grid.h"
#include "app/document_lines_model.h"
#include "app/lookup_edit.h"
#include "app/quotation_source.h"
#include "app/totals_panel.h"
#include "domain/workflow.h"
#include "services/services.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace mostrador::app {

using dialogs::DialogSupport;
using domain::Permission;

namespace {

domain::TaxRounding roundingOf(services::Services& services) {
    auto value = services.settings().value(QString::fromUtf16(domain::setting::kTaxRounding));
    return value && *value == u"global" ? domain::TaxRounding::Global
                                        : domain::TaxRounding::PerLine;
}

LookupEdit::Provider productProvider(services::Services& services, const domain::Actor& actor) {
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

LookupEdit::Provider customerProvider(services::Services& services, const domain::Actor& actor) {
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

QDateEdit* dateEdit(QWidget* parent, const QString& name) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(fullYearDateFormat(QLocale()));
    return edit;
}

} // namespace

QuotationEditor::QuotationEditor(services::Services& services, const domain::Actor& actor,
                                 const QString& number, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , m_canEdit(actor.require(Permission::EditQuotations).has_value()) {
    setObjectName(QStringLiteral("quotationEditor"));
    m_quote.currency = services.context().currency;
    m_model =
        new DocumentLinesModel(m_quote.currency, roundingOf(services), actor.discountLimit(), this);
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

void QuotationEditor::buildUi() {
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("errorLabel"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_grid = new DocumentGrid(m_model, productProvider(m_services, m_actor), this);
    m_grid->setObjectName(QStringLiteral("linesGrid"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_banner);
    layout->addWidget(m_grid, 1);
    layout->addWidget(buildFooter());
    buildButtons();
    resize(1120, 720);
}

QWidget* QuotationEditor::buildHeader() {
    auto* box = new QWidget(this);
    m_customer = new LookupEdit(customerProvider(m_services, m_actor), box);
    m_customer->setObjectName(QStringLiteral("customerEdit"));
    m_customer->setPlaceholderText(tr("Code or name"));
    m_customer->setMinimumWidth(260);
    m_customerInfo = new QLabel(box);
    m_customerInfo->setObjectName(QStringLiteral("customerInfo"));
    m_customerInfo->setTextFormat(Qt::PlainText);
    m_customerInfo->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_customerInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_date = dateEdit(box, QStringLiteral("dateEdit"));
    m_validUntil = dateEdit(box, QStringLiteral("validUntilEdit"));
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
        if (m_buttons[QStringLiteral("save")]->isEnabled())
            save();
    });
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this,
            &QuotationEditor::printPreview);

    connect(m_customer, &LookupEdit::chosen, this, &QuotationEditor::pickCustomer);
    connect(m_customer, &QLineEdit::returnPressed, this, [this] {
        // The customer is already there: Enter goes on to the lines.
        if (!m_customerCode.isEmpty())
            m_grid->startNewLine();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_validUntilTouched)
            defaultValidUntil();
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
    m_totals->setTotals(m_model->totals());
    showLineNote(m_grid->currentIndex().row());
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
