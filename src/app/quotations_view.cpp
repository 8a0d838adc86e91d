// SPDX-License-Identifier: MIT
#include "app/quotations_view.h"

#include "app/app_settings.h"
#include "app/document_filters.h"
#include "app/quotation_editor.h"
#include "app/quotation_source.h"
#include "services/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mostrador::app {

using domain::Permission;

namespace {

const QString kSettingsKey = QStringLiteral("lists/quotations");
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
    m_state = makeStateFilter(this, tr("All states"), QuotationLabels::states());
    m_customer = makeCustomerFilter(this, m_services, m_actor, tr("Any customer"),
                                    [this] { applyFilters(); });
    m_from = makeDateFilter(this, QStringLiteral("fromFilter"), tr("any"));
    m_to = makeDateFilter(this, QStringLiteral("toFilter"), tr("any"));

    auto* row = new QHBoxLayout;
    addLabelled(row, this, tr("St&ate"), m_state);
    addLabelled(row, this, tr("C&ustomer"), m_customer);
    addLabelled(row, this, tr("Fro&m"), m_from);
    addLabelled(row, this, tr("T&o"), m_to);
    row->addStretch(1);
    pageLayout()->insertLayout(1, row);

    connect(m_state, &QComboBox::currentIndexChanged, this, &QuotationsView::applyFilters);
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
