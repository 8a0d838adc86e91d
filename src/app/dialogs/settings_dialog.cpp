// SPDX-License-Identifier: MIT
#include "app/dialogs/settings_dialog.h"

#include "app/dialogs/dialog_support.h"
#include "domain/numbering.h"
#include "services/services.h"
#include "ui_settings_dialog.h"

#include <QDate>
#include <QFileDialog>
#include <QImageReader>
#include <QPushButton>

namespace mostrador::app {

using dialogs::DialogSupport;
using namespace domain;

namespace {

const QSize kLogoBounds(600, 300);

QString key(const char16_t* k) {
    return QString::fromUtf16(k);
}

QString seriesLabel(const QString& kind) {
    static const QHash<QString, const char*> labels{
        {key(series::kCustomer), QT_TRANSLATE_NOOP("mostrador::app::SettingsDialog", "Customers")},
        {key(series::kQuotation),
         QT_TRANSLATE_NOOP("mostrador::app::SettingsDialog", "Quotations")},
        {key(series::kOrder), QT_TRANSLATE_NOOP("mostrador::app::SettingsDialog", "Sales orders")},
        {key(series::kShipment), QT_TRANSLATE_NOOP("mostrador::app::SettingsDialog", "Shipments")},
        {key(series::kInvoice), QT_TRANSLATE_NOOP("mostrador::app::SettingsDialog", "Invoices")},
        {key(series::kCreditNote),
         QT_TRANSLATE_NOOP("mostrador::app::SettingsDialog", "Credit notes")},
        {key(series::kPayment), QT_TRANSLATE_NOOP("mostrador::app::SettingsDialog", "Payments")},
        {key(series::kReturn), QT_TRANSLATE_NOOP("mostrador::app::SettingsDialog", "Returns")}};
    const char* label = labels.value(kind);
    return label ? SettingsDialog::tr(label) : kind;
}

} // namespace

SettingsDialog::SettingsDialog(services::Services& services, const Actor& actor, QWidget* parent)
    : EditorDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , ui(std::make_unique<Ui::SettingsForm>()) {
    ui->setupUi(this);
    setUpWidgets();
    load();
    const bool readOnly = !actor.require(Permission::ManageSettings).has_value();
    ui->readOnlyNotice->setVisible(readOnly);
    setReadOnly(readOnly);
    markClean();
    ui->companyNameEdit->setFocus(Qt::OtherFocusReason);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setUpWidgets() {
    ui->roundingCombo->addItem(tr("Per line"), QStringLiteral("line"));
    ui->roundingCombo->addItem(tr("On the total of each rate"), QStringLiteral("global"));
    ui->invoicePolicyCombo->addItem(tr("What was shipped"), QStringLiteral("shipment"));
    ui->invoicePolicyCombo->addItem(tr("What was ordered"), QStringLiteral("order"));
    ui->overdueSpin->setSuffix(tr(" days"));
    ui->overdueSpin->setSpecialValueText(tr("never block"));
    ui->quoteValiditySpin->setSuffix(tr(" days"));
    ui->paperSizeCombo->addItem(tr("A4"), QStringLiteral("a4"));
    ui->paperSizeCombo->addItem(tr("Letter"), QStringLiteral("letter"));
    // Locales by their own names ("español (España)"): nothing to translate, and each is
    // recognisable to whoever uses it.
    for (const QString& name : domain::settingChoices(setting::kDocumentLocale)) {
        const QLocale l(name);
        ui->documentLocaleCombo->addItem(
            name.isEmpty() ? tr("As the person printing")
                           : tr("%1 (%2)").arg(l.nativeLanguageName(), l.nativeTerritoryName()),
            name);
    }
    for (const char* code : {"EUR", "USD", "GBP", "CHF", "MXN", "ARS", "CLP", "COP", "JPY"})
        ui->currencyCombo->addItem(QString::fromLatin1(code));
    ui->currencyCombo->setToolTip(tr("Three-letter ISO code"));
    for (QTableWidget* table : {ui->taxTable, ui->termsTable, ui->seriesTable}) {
        table->setColumnWidth(0, 130);
        table->setColumnWidth(1, 220);
    }
    connect(ui->addTaxButton, &QPushButton::clicked, this, [this] {
        addRow(ui->taxTable, {QString(), QString(), QString()}, true);
    });
    connect(ui->addTermsButton, &QPushButton::clicked, this, [this] {
        addRow(ui->termsTable, {QString(), QString(), QString()}, true);
    });
    connect(ui->seriesTable, &QTableWidget::itemChanged, this,
            &SettingsDialog::updateSeriesExample);
    connect(ui->chooseLogoButton, &QPushButton::clicked, this, &SettingsDialog::chooseLogo);
    connect(ui->removeLogoButton, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    setUpEditor(ui->buttonBox, ui->errorLabel,
                {{QStringLiteral("name"), ui->companyNameEdit},
                 {QStringLiteral("tax_id"), ui->companyTaxIdEdit},
                 {QStringLiteral("address"), ui->companyAddressEdit},
                 {QStringLiteral("email"), ui->companyEmailEdit},
                 {QStringLiteral("phone"), ui->companyPhoneEdit},
                 {QStringLiteral("currency"), ui->currencyCombo},
                 {QStringLiteral("tax_rates"), ui->taxTable},
                 {QStringLiteral("payment_terms"), ui->termsTable},
                 {QStringLiteral("number_series"), ui->seriesTable},
                 {key(setting::kTaxRounding), ui->roundingCombo},
                 {key(setting::kBlockOverdueDays), ui->overdueSpin},
                 {key(setting::kAllowBackorders), ui->backordersCheck},
                 {key(setting::kInvoicePolicy), ui->invoicePolicyCombo},
                 {key(setting::kAdvanceVat), ui->advanceVatCheck},
                 {key(setting::kQuoteValidityDays), ui->quoteValiditySpin},
                 {key(setting::kDefaultTax), ui->defaultTaxCombo},
                 {key(setting::kDefaultTerms), ui->defaultTermsCombo},
                 {key(setting::kPaperSize), ui->paperSizeCombo},
                 {key(setting::kDocumentLocale), ui->documentLocaleCombo}});
}

void SettingsDialog::load() {
    loadCompany();
    loadTables();
    loadOptions();
}

void SettingsDialog::loadCompany() {
    auto company = m_services.settings().company();
    if (company)
        m_company = *company;
    const CompanyProfile c = m_company.value_or(CompanyProfile{});
    ui->companyNameEdit->setText(c.name);
    ui->companyTaxIdEdit->setText(c.taxId);
    ui->companyAddressEdit->setPlainText(c.address);
    ui->companyEmailEdit->setText(c.email);
    ui->companyPhoneEdit->setText(c.phone);
    ui->currencyCombo->setCurrentText(c.currency.code());
    m_logo = c.logoPng;
    showLogo();
}

void SettingsDialog::loadTables() {
    const QLocale locale;
    m_rates = m_services.settings().taxRates().value_or(QList<TaxRate>());
    for (const TaxRate& r : m_rates)
        addRow(ui->taxTable, {r.code, r.name, r.rate.toString(locale)}, false);
    m_terms = m_services.settings().paymentTerms().value_or(QList<PaymentTerms>());
    for (const PaymentTerms& t : m_terms)
        addRow(ui->termsTable, {t.code, t.name, formatTermDays(t.days)}, false);
    m_series = m_services.settings().numberSeries().value_or(QList<storage::NumberSeries>());
    const QSignalBlocker block(ui->seriesTable);
    for (const storage::NumberSeries& s : m_series) {
        const int row = addRow(ui->seriesTable, {seriesLabel(s.kind), s.format, QString()}, false);
        ui->seriesTable->item(row, 1)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                                                Qt::ItemIsEditable);
        ui->seriesTable->item(row, 2)->setFlags(Qt::ItemIsEnabled);
        updateSeriesExample(ui->seriesTable->item(row, 1));
    }
}

void SettingsDialog::loadOptions() {
    for (const QString& k : knownSettingKeys())
        m_options.insert(k, m_services.settings().value(k).value_or(defaultSettingValue(k)));
    selectData(ui->roundingCombo, m_options.value(key(setting::kTaxRounding)));
    ui->overdueSpin->setValue(m_options.value(key(setting::kBlockOverdueDays)).toInt());
    ui->backordersCheck->setChecked(m_options.value(key(setting::kAllowBackorders)) ==
                                    QStringLiteral("true"));
    selectData(ui->invoicePolicyCombo, m_options.value(key(setting::kInvoicePolicy)));
    ui->advanceVatCheck->setChecked(m_options.value(key(setting::kAdvanceVat)) ==
                                    QStringLiteral("true"));
    ui->quoteValiditySpin->setValue(m_options.value(key(setting::kQuoteValidityDays)).toInt());
    ui->defaultTaxCombo->addItem(tr("(none)"), QString());
    for (const TaxRate& r : m_rates)
        ui->defaultTaxCombo->addItem(tr("%1 (%2)").arg(r.name, r.code), r.code);
    selectData(ui->defaultTaxCombo, m_options.value(key(setting::kDefaultTax)));
    ui->defaultTermsCombo->addItem(tr("(none)"), QString());
    for (const PaymentTerms& t : m_terms)
        ui->defaultTermsCombo->addItem(tr("%1 (%2)").arg(t.name, t.code), t.code);
    selectData(ui->defaultTermsCombo, m_options.value(key(setting::kDefaultTerms)));
    selectData(ui->paperSizeCombo, m_options.value(key(setting::kPaperSize)));
    selectData(ui->documentLocaleCombo, m_options.value(key(setting::kDocumentLocale)));
}

void SettingsDialog::selectData(QComboBox* combo, const QString& value) {
    int index = combo->findData(value);
    if (index < 0) { // a stored value the list does not offer is still shown as it is
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

int SettingsDialog::addRow(QTableWidget* table, const QStringList& texts, bool isNew) {
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < texts.size(); ++column) {
        auto* item = new QTableWidgetItem(texts[column]);
        if (column == 0 && !isNew) // codes are keys: a saved one never changes
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (column == 2 && table == ui->taxTable)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
    if (isNew) {
        table->setFocus(Qt::OtherFocusReason);
        table->setCurrentCell(row, 0);
        table->editItem(table->item(row, 0));
    }
    return row;
}

void SettingsDialog::updateSeriesExample(QTableWidgetItem* changed) {
    if (!changed || changed->column() != 1)
        return;
    const int row = changed->row();
    QTableWidgetItem* example = ui->seriesTable->item(row, 2);
    if (!example || row >= m_series.size())
        return;
    const QString format = changed->text().trimmed();
    const int year = QDate::currentDate().year();
    if (auto ok = validateSeriesFormat(format); !ok) {
        example->setText(tr("—"));
        example->setToolTip(ok.error().message);
        changed->setBackground(QColor(0xfd, 0xe2, 0xe1));
        return;
    }
    const storage::NumberSeries& s = m_series[row];
    // A yearly series starts again at 1 when its counter belongs to an earlier year.
    const qint64 next = seriesResetsYearly(format) && s.year != year ? 1 : s.nextValue;
    example->setText(formatDocumentNumber(format, year, next));
    example->setToolTip(QString());
    changed->setBackground(QBrush());
}

void SettingsDialog::chooseLogo() {
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the company logo"), QString(),
                                     tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty() && !setLogoFromFile(path))
        DialogSupport::showError(banner(), tr("“%1” is not an image that can be read").arg(path));
}

bool SettingsDialog::setLogoFromFile(const QString& path) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return false;
    m_logo = DialogSupport::pngFitting(image, kLogoBounds);
    showLogo();
    return true;
}

void SettingsDialog::showLogo() {
    QPixmap pixmap;
    if (!m_logo.isEmpty() && pixmap.loadFromData(m_logo, "PNG"))
        ui->logoPreview->setPixmap(
            pixmap.scaled(ui->logoPreview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        ui->logoPreview->setText(tr("no logo"));
    ui->removeLogoButton->setEnabled(!m_logo.isEmpty() && !isReadOnly());
}

QStringList SettingsDialog::extraState() const {
    return {QString::number(qHash(m_logo))};
}

} // namespace mostrador::app
