// SPDX-License-Identifier: MIT
#include "app/dialogs/price_rule_editor.h"

#include "app/dialogs/dialog_support.h"
#include "app/dialogs/price_rule_source.h"
#include "services/services.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace mostrador::app {

using dialogs::DialogSupport;
using domain::PriceRule;

namespace {

constexpr int kChoices = 15;           // completions offered at a time
constexpr int kKeyRole = Qt::UserRole; // what a chosen completion writes into the field

QCompleter* searchCompleter(QStandardItemModel* model, QLineEdit* edit) {
    // The service already matched what was typed (names too), so the popup shows its
    // answer unfiltered; choosing an entry writes its code.
    auto* completer = new QCompleter(model, edit);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCompletionRole(kKeyRole);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    edit->setCompleter(completer);
    return completer;
}

void setChoices(QStandardItemModel* model, const QList<std::pair<QString, QString>>& choices) {
    model->clear();
    for (const auto& [key, name] : choices) {
        auto* item = new QStandardItem(QStringLiteral("%1 — %2").arg(key, name));
        item->setData(key, kKeyRole);
        model->appendRow(item);
    }
}

QString withoutPercentSign(const QString& text) {
    QString t = text.trimmed();
    if (t.endsWith(u'%'))
        t.chop(1);
    return t.trimmed();
}

} // namespace

PriceRuleEditor::PriceRuleEditor(services::Services& services, const domain::Actor& actor,
                                 const domain::PriceList& list, qint64 ruleId, QWidget* parent)
    : EditorDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , m_list(list) {
    buildForm();
    connectFields();
    setUpCompleters();
    m_rule.priceListCode = list.code;
    if (ruleId == 0) {
        setWindowTitle(tr("New rule — price list %1").arg(list.code));
        fill(m_rule);
    } else {
        load(ruleId);
    }
    const bool readOnly = !actor.require(domain::Permission::ManagePrices).has_value();
    m_readOnlyNotice->setVisible(readOnly);
    setReadOnly(readOnly);
    markClean();
    m_sku->setFocus(Qt::OtherFocusReason);
}

PriceRuleEditor::~PriceRuleEditor() = default;

void PriceRuleEditor::buildForm() {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFields());
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("errorLabel"));
    m_banner->setWordWrap(true);
    layout->addWidget(m_banner);
    m_readOnlyNotice = new QLabel(tr("You may look at this rule but not change it."), this);
    m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnlyNotice->setWordWrap(true);
    layout->addWidget(m_readOnlyNotice);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);
    setUpEditor(m_buttons, m_banner,
                {{QStringLiteral("sku"), m_sku},
                 {QStringLiteral("category"), m_category},
                 {QStringLiteral("customer"), m_customer},
                 {QStringLiteral("min_qty"), m_minQty},
                 {QStringLiteral("price"), m_price},
                 {QStringLiteral("discount"), m_discount},
                 {QStringLiteral("from"), m_from},
                 {QStringLiteral("to"), m_to}});
}

QWidget* PriceRuleEditor::buildFields() {
    auto* fields = new QWidget(this);
    auto* form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    const auto edit = [&](const char* name, const QString& placeholder) {
        auto* e = new QLineEdit(fields);
        e->setObjectName(QString::fromLatin1(name));
        e->setPlaceholderText(placeholder);
        return e;
    };
    m_sku = edit("skuEdit", tr("type a SKU or a name"));
    m_product = new QLabel(fields);
    m_product->setObjectName(QStringLiteral("productLabel"));
    m_product->setWordWrap(true);
    m_category = new QComboBox(fields);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_customer = edit("customerEdit", tr("every customer of the list"));
    m_minQty = edit("minQtyEdit", domain::Quantity().toString(QLocale()));
    m_price = edit("priceEdit", tr("in %1").arg(m_list.currency.code()));
    m_discount = edit("discountEdit", tr("percentage off the list price"));
    const QString dateHint = QLocale().toString(QDate(2026, 12, 31), ruleDateFormat(QLocale()));
    m_from = edit("fromEdit", tr("always (e.g. %1)").arg(dateHint));
    m_to = edit("toEdit", tr("open-ended"));
    form->addRow(tr("&Product (SKU):"), m_sku);
    form->addRow(QString(), m_product);
    form->addRow(tr("or c&ategory:"), m_category);
    form->addRow(tr("C&ustomer:"), m_customer);
    form->addRow(tr("From &quantity:"), m_minQty);
    form->addRow(tr("Fixed p&rice:"), m_price);
    form->addRow(tr("or &discount (%):"), m_discount);
    form->addRow(tr("&Valid from:"), m_from);
    form->addRow(tr("Valid &to:"), m_to);
    fields->setMinimumWidth(420);
    return fields;
}

void PriceRuleEditor::connectFields() {
    m_category->addItem(QString());
    if (auto categories = m_services.products().categories(m_actor))
        m_category->addItems(*categories);
    for (QLineEdit* e : {m_sku, m_price, m_discount})
        connect(e, &QLineEdit::textChanged, this, &PriceRuleEditor::syncChoices);
    connect(m_category, &QComboBox::currentTextChanged, this, &PriceRuleEditor::syncChoices);
    connect(m_sku, &QLineEdit::textChanged, this, &PriceRuleEditor::describeProduct);
}

void PriceRuleEditor::setUpCompleters() {
    m_productChoices = new QStandardItemModel(this);
    m_customerChoices = new QStandardItemModel(this);
    m_productCompleter = searchCompleter(m_productChoices, m_sku);
    m_customerCompleter = searchCompleter(m_customerChoices, m_customer);
    connect(m_sku, &QLineEdit::textEdited, this, &PriceRuleEditor::completeProducts);
    connect(m_customer, &QLineEdit::textEdited, this, &PriceRuleEditor::completeCustomers);
}

void PriceRuleEditor::completeProducts(const QString& text) {
    storage::ListQuery query;
    query.search = text.trimmed();
    query.limit = kChoices;
    QList<std::pair<QString, QString>> choices;
    if (!query.search.isEmpty())
        if (auto rows = m_services.products().list(m_actor, query))
            for (const auto& p : *rows)
                choices.append({p.sku, p.name});
    setChoices(m_productChoices, choices);
    if (!choices.isEmpty())
        m_productCompleter->complete();
}

void PriceRuleEditor::completeCustomers(const QString& text) {
    storage::ListQuery query;
    query.search = text.trimmed();
    query.limit = kChoices;
    QList<std::pair<QString, QString>> choices;
    if (!query.search.isEmpty())
        if (auto rows = m_services.customers().list(m_actor, query))
            for (const auto& c : *rows)
                choices.append({c.code, c.name});
    setChoices(m_customerChoices, choices);
    if (!choices.isEmpty())
        m_customerCompleter->complete();
}

void PriceRuleEditor::load(qint64 id) {
    setWindowTitle(tr("Rule %1 — price list %2").arg(id).arg(m_list.code));
    auto rule = m_services.priceLists().rule(m_actor, id);
    if (!rule) {
        DialogSupport::showError(m_banner, rule.error().message);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    m_rule = *rule;
    fill(m_rule);
}

void PriceRuleEditor::fill(const PriceRule& r) {
    const QLocale locale;
    m_sku->setText(r.sku);
    m_category->setCurrentText(r.category);
    m_customer->setText(r.customerCode);
    m_minQty->setText(r.minQty.isZero() ? QString() : r.minQty.toString(locale));
    m_price->setText(r.fixedPrice ? r.fixedPrice->toString(locale) : QString());
    m_discount->setText(r.discount ? r.discount->toString(locale) : QString());
    const QString format = ruleDateFormat(locale);
    m_from->setText(r.validFrom ? locale.toString(*r.validFrom, format) : QString());
    m_to->setText(r.validTo ? locale.toString(*r.validTo, format) : QString());
    syncChoices();
    describeProduct();
}

// A rule names a product or a category and has a fixed price or a discount: filling
// one side disables the other, so Tab skips it.
void PriceRuleEditor::syncChoices() {
    if (isReadOnly())
        return;
    m_category->setEnabled(m_sku->text().trimmed().isEmpty());
    m_sku->setEnabled(m_category->currentText().trimmed().isEmpty());
    m_discount->setEnabled(m_price->text().trimmed().isEmpty());
    m_price->setEnabled(m_discount->text().trimmed().isEmpty());
}

void PriceRuleEditor::describeProduct() {
    const QString sku = m_sku->text().trimmed();
    if (sku.isEmpty()) {
        DialogSupport::showNotice(m_product, tr("Leave empty for a rule on a whole category"));
        return;
    }
    auto product = m_services.products().get(m_actor, sku.toUpper());
    if (!product) {
        DialogSupport::showWarning(m_product, tr("No product has this SKU"));
        return;
    }
    DialogSupport::showNotice(m_product, tr("%1 — list price %2")
                                             .arg(product->name, product->listPrice.toString(
                                                                     QLocale(), m_list.currency)));
}

Result<std::optional<QDate>> PriceRuleEditor::readDate(const QLineEdit* edit,
                                                       const QString& field) const {
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::optional<QDate>();
    const QLocale locale;
    QDate date = locale.toDate(text, ruleDateFormat(locale));
    if (!date.isValid())
        date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return fail(Error::invalid(
            QStringLiteral("price_rule.date_invalid"),
            tr("“%1” is not a date: write it like %2")
                .arg(text, locale.toString(QDate(2026, 12, 31), ruleDateFormat(locale))),
            field));
    return std::optional<QDate>(date);
}

// Reads the quantity, price and discount with the locale; empty fields stay unset.
Status PriceRuleEditor::readNumbers(PriceRule& r) const {
    const QLocale locale;
    const auto unreadable = [](const QString& field, const QString& message) {
        return fail(Error::invalid(QStringLiteral("price_rule.unreadable"), message, field));
    };
    r.minQty = domain::Quantity();
    if (const QString qty = m_minQty->text().trimmed(); !qty.isEmpty()) {
        auto parsed = domain::Quantity::parse(qty, locale);
        if (!parsed)
            return unreadable(QStringLiteral("min_qty"),
                              tr("The quantity “%1” is not a number").arg(qty));
        r.minQty = *parsed;
    }
    r.fixedPrice.reset();
    if (const QString price = m_price->text().trimmed(); !price.isEmpty()) {
        auto parsed = domain::UnitPrice::parse(price, locale);
        if (!parsed)
            return unreadable(QStringLiteral("price"),
                              tr("The price “%1” is not an amount").arg(price));
        r.fixedPrice = *parsed;
    }
    r.discount.reset();
    if (const QString discount = withoutPercentSign(m_discount->text()); !discount.isEmpty()) {
        auto parsed = domain::Percent::parse(discount, locale);
        if (!parsed)
            return unreadable(QStringLiteral("discount"),
                              tr("The discount “%1” is not a percentage").arg(discount));
        r.discount = *parsed;
    }
    return {};
}

Result<PriceRule> PriceRuleEditor::collect() const {
    PriceRule r = m_rule;
    r.sku = m_sku->text().trimmed();
    r.category = m_category->currentText().trimmed();
    r.customerCode = m_customer->text().trimmed();
    if (auto ok = readNumbers(r); !ok)
        return fail(ok.error());
    auto from = readDate(m_from, QStringLiteral("from"));
    if (!from)
        return fail(from.error());
    auto to = readDate(m_to, QStringLiteral("to"));
    if (!to)
        return fail(to.error());
    r.validFrom = *from;
    r.validTo = *to;
    return r;
}

bool PriceRuleEditor::save() {
    auto rule = collect();
    if (rule) {
        auto& service = m_services.priceLists();
        rule = rule->id == 0 ? service.addRule(m_actor, *rule) : service.updateRule(m_actor, *rule);
    }
    if (!rule) {
        refuse(rule.error());
        return false;
    }
    m_savedId = rule->id;
    return true;
}

} // namespace mostrador::app
