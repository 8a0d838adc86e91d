// SPDX-License-Identifier: MIT
#include "app/returns_view.h"

#include "app/credit_note_viewer.h"
#include "app/document_filters.h"
#include "app/return_dialog.h"
#include "app/return_source.h"
#include "app/return_viewer.h"
#include "services/services.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mostrador::app {

using domain::Permission;

namespace {

ReturnListSource* sourceOf(services::Services& services, const domain::Actor& actor,
                           ReturnList::Kind kind) {
    if (kind == ReturnList::Kind::Returns)
        return new ReturnSource(services, actor);
    return new CreditNoteSource(services, actor);
}

} // namespace

ReturnList::ReturnList(services::Services& services, const domain::Actor& actor, Kind kind,
                       QWidget* parent)
    : ReturnList(services, actor, kind, sourceOf(services, actor, kind), parent) {}

ReturnList::ReturnList(services::Services& services, const domain::Actor& actor, Kind kind,
                       ReturnListSource* source, QWidget* parent)
    : ListPage(
          std::unique_ptr<TableSource>(source),
          kind == Kind::Returns ? QStringLiteral("lists/returns")
                                : QStringLiteral("lists/credit-notes"),
          services.notifier(),
          {QStringLiteral("return"), QStringLiteral("credit_note"), QStringLiteral("customer")},
          parent)
    , m_services(services)
    , m_actor(actor)
    , m_kind(kind)
    , m_source(source) {
    const bool returns = kind == Kind::Returns;
    setObjectName(returns ? QStringLiteral("returnsList") : QStringLiteral("creditNotesList"));
    searchField()->setPlaceholderText(
        returns ? tr("Search by number, shipment, order or customer (Ctrl+F)")
                : tr("Search by number, return or customer (Ctrl+F)"));
    inactiveCheck()->hide();
    setCanExport(actor.require(Permission::ExportData).has_value());
    editButton()->setText(tr("O&pen…")); // Alt+O is "To"
    if (returns) {
        const bool canReturn = actor.require(Permission::HandleReturns).has_value();
        newButton()->setText(tr("&New return…"));
        newButton()->setToolTip(canReturn ? tr("Take goods of a shipment back (Ctrl+N)")
                                          : tr("Your role may not handle returns"));
        newButton()->setEnabled(canReturn);
        editButton()->setToolTip(tr("Open the selected return (Enter)"));
    } else {
        setCanCreate(false);
        editButton()->setToolTip(tr("Open the selected credit note (Enter)"));
    }
    buildFilters();
}

QString ReturnList::exportName() const {
    return m_kind == Kind::Returns ? tr("returns") : tr("credit notes");
}

void ReturnList::buildFilters() {
    m_customer = makeCustomerFilter(this, m_services, m_actor, tr("Any customer"),
                                    [this] { applyFilters(); });
    m_from = makeDateFilter(this, QStringLiteral("fromFilter"), tr("any"));
    m_to = makeDateFilter(this, QStringLiteral("toFilter"), tr("any"));
    auto* row = new QHBoxLayout;
    addLabelled(row, this, tr("C&ustomer"), m_customer);
    addLabelled(row, this, tr("Fro&m"), m_from);
    addLabelled(row, this, tr("T&o"), m_to);
    row->addStretch(1);
    pageLayout()->insertLayout(1, row);
    connect(m_from, &QDateEdit::dateChanged, this, &ReturnList::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &ReturnList::applyFilters);
}

void ReturnList::applyFilters() {
    ReturnFilter filter;
    filter.customerCode = m_customer->text().trimmed();
    filter.from = dateOf(m_from);
    filter.to = dateOf(m_to);
    if (filter == m_source->filter())
        return;
    m_source->setFilter(filter);
    table()->setCurrentIndex({});
    refresh();
}

void ReturnList::newReturn() {
    if (m_kind != Kind::Returns || !newButton()->isEnabled())
        return;
    ReturnDialog dialog(m_services, m_actor, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectKey(dialog.createdReturn().number);
    if (!dialog.creditNoteToOpen().isEmpty()) {
        CreditNoteViewer viewer(m_services, m_actor, dialog.creditNoteToOpen(), this);
        viewer.exec();
    }
}

void ReturnList::openRecord(const QString& number) {
    if (m_kind == Kind::Returns) {
        ReturnViewer viewer(m_services, m_actor, number, this);
        viewer.exec();
    } else {
        CreditNoteViewer viewer(m_services, m_actor, number, this);
        viewer.exec();
    }
    refresh();
    selectKey(number);
}

ReturnsView::ReturnsView(services::Services& services, const domain::Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_returns(new ReturnList(services, actor, ReturnList::Kind::Returns, this))
    , m_creditNotes(new ReturnList(services, actor, ReturnList::Kind::CreditNotes, this)) {
    setObjectName(QStringLiteral("returnsView"));
    m_tabs->setObjectName(QStringLiteral("returnTabs"));
    m_tabs->addTab(m_returns, tr("R&eturns")); // Alt+R is the Reports menu
    m_tabs->addTab(m_creditNotes, tr("Cre&dit notes"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_returns);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { setFocusProxy(currentList()); });
}

ListPage* ReturnsView::currentList() const {
    return m_tabs->currentIndex() == CreditNotes ? m_creditNotes : m_returns;
}

void ReturnsView::showTab(Tab tab) {
    m_tabs->setCurrentIndex(tab);
}

} // namespace mostrador::app
