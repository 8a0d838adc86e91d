// SPDX-License-Identifier: MIT
#include "app/quotations_view.h"

#include "app/app_settings.h"
#include "app/lookup_edit.h"
#include "app/quotation_editor.h"
#include "app/quotation_source.h"
#include "services/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mostrador::app {

using domain::Permission;

namespace {

const QString kSettingsKey = QStringLiteral("lists/quotations");
// A date filter at its minimum means "any date".
const QDate kOpenDate(2000, 1, 1);

QDateEdit* dateFilter(QWidget* parent, const QString& name) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(fullYearDateFormat(QLocale()));
    edit->setMinimumDate(kOpenDate);
    edit->setSpecialValueText(QuotationsView::tr("any"));
    edit->setDate(kOpenDate);
    return edit;
}

QDate dateOf(const QDateEdit* edit) {
    return edit->date() == kOpenDate ? QDate() : edit->date();
}

} // namespace

QuotationsView::QuotationsView(services::Services& services, const domain::Actor& actor,
                               QWidget* parent)
    : QuotationsView(services, actor, new QuotationSource(services, actor), parent) {}

QuotationsView::QuotationsView(services::Services& services, const domain::Actor& actor,
                               QuotationSource* source, QWidget* parent)
    : ListPage(std::unique_ptr<TableSource>(source), kSettingsKey, services.notifier(),
               {QStringLiteral("quotation"), QStringLiteral("customer")}, parent)
    , m_services(services)
    , m_actor(actor)
    , m_source(source) {
    setObjectName(QStringLiteral("quotationsView"));
    newButton()->setText(tr("&New quotation"));
    newButton()->setToolTip(tr("New quotation (Ctrl+N)"));
    searchField()->setPlaceholderText(tr("Search by number or customer (Ctrl+F)"));
    inactiveCheck()->hide(); // quotations are never inactive; the state filter says more
    setCanCreate(actor.require(Permission::EditQuotations).has_value());
    setCanExport(actor.require(Permission::ExportData).has_value());
    buildFilters();
    if (!AppSettings().contains(kSettingsKey + QStringLiteral("/header")))
        table()->sortByColumn(0, Qt::DescendingOrder); // the newest first
}

void QuotationsView::buildFilters() {
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All states"), QString());
    for (const auto& [key, label] : QuotationLabels::states())
        m_state->addItem(label, key);
    m_customer = new LookupEdit(
        [this](const QString& text) {
            storage::ListQuery query;
            query.search = text;
            query.limit = LookupEdit::kMaxRows;
            QList<LookupEdit::Suggestion> out;
            if (auto rows = m_services.customers().list(m_actor, query))
                for (const auto& c : *rows)
                    out.append({c.code, QStringLiteral("%1 · %2").arg(c.code, c.name)});
            return out;
        },
        this);
    m_customer->setObjectName(QStringLiteral("customerFilter"));
    m_customer->setPlaceholderText(tr("Any customer"));
    m_customer->setClearButtonEnabled(true);
    m_from = dateFilter(this, QStringLiteral("fromFilter"));
    m_to = dateFilter(this, QStringLiteral("toFilter"));

    auto* row = new QHBoxLayout;
    const auto labelled = [this, row](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    };
    labelled(tr("S&tate"), m_state);
    labelled(tr("C&ustomer"), m_customer);
    labelled(tr("Fro&m"), m_from);
    labelled(tr("T&o"), m_to);
    row->addStretch(1);
    pageLayout()->insertLayout(1, row);

    connect(m_state, &QComboBox::currentIndexChanged, this, &QuotationsView::applyFilters);
    connect(m_customer, &LookupEdit::chosen, this, &QuotationsView::applyFilters);
    connect(m_customer, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            applyFilters();
    });
    connect(m_customer, &QLineEdit::returnPressed, this, &QuotationsView::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &QuotationsView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &QuotationsView::applyFilters);
}

void QuotationsView::applyFilters() {
    QuotationFilter filter;
    filter.status = m_state->currentData().toString();
    filter.customerCode = m_customer->text().trimmed();
    filter.from = dateOf(m_from);
    filter.to = dateOf(m_to);
    if (filter == m_source->filter())
        return;
    m_source->setFilter(filter);
    table()->setCurrentIndex({});
    refresh();
}

void QuotationsView::createRecord() {
    QuotationEditor editor(m_services, m_actor, {}, this);
    editor.exec();
    const QString number = editor.quotation().number;
    refresh();
    if (!number.isEmpty())
        selectKey(number);
}

void QuotationsView::editRecord(const QString& number) {
    openQuotation(number);
}

void QuotationsView::openQuotation(const QString& number) {
    QuotationEditor editor(m_services, m_actor, number, this);
    editor.exec();
    refresh();
    selectKey(number);
}

} // namespace mostrador::app
