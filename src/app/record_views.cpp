// SPDX-License-Identifier: MIT
#include "app/record_views.h"

#include "app/customer_account_view.h"
#include "app/dialogs/customer_editor.h"
#include "app/dialogs/product_editor.h"
#include "app/list_sources.h"
#include "services/services.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>

namespace mostrador::app {

using domain::Permission;

CustomersView::CustomersView(services::Services& services, const domain::Actor& actor,
                             QWidget* parent)
    : ListPage(std::make_unique<CustomerSource>(services, actor), QStringLiteral("lists/customers"),
               services.notifier(), {QStringLiteral("customer")}, parent)
    , m_services(services)
    , m_actor(actor) {
    newButton()->setText(tr("&New customer"));
    setCanCreate(actor.require(Permission::EditCustomers).has_value());
    setCanExport(actor.require(Permission::ExportData).has_value());
    if (actor.require(Permission::ViewSales)) {
        auto* account = new QPushButton(tr("&Account…"), this);
        account->setObjectName(QStringLiteral("accountButton"));
        account->setToolTip(tr("The customer's invoices, payments and balance (Ctrl+Shift+A)"));
        buttonRow()->insertWidget(buttonRow()->indexOf(editButton()) + 1, account);
        connect(account, &QPushButton::clicked, this, &CustomersView::openAccount);
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &CustomersView::openAccount);
        connect(this, &ListPage::currentKeyChanged, account,
                [account](const QString& key) { account->setEnabled(!key.isEmpty()); });
        account->setEnabled(!currentKey().isEmpty());
    }
}

void CustomersView::openAccount() {
    if (!currentKey().isEmpty())
        CustomerAccountView::open(m_services, m_actor, currentKey(), this);
}

void CustomersView::createRecord() {
    CustomerEditor editor(m_services, m_actor, {}, this);
    if (editor.exec() == QDialog::Accepted && !editor.savedCode().isEmpty()) {
        refresh();
        selectKey(editor.savedCode());
    }
}

void CustomersView::editRecord(const QString& code) {
    CustomerEditor editor(m_services, m_actor, code, this);
    editor.exec();
}

ProductsView::ProductsView(services::Services& services, const domain::Actor& actor,
                           QWidget* parent)
    : ListPage(std::make_unique<ProductSource>(services, actor, ProductSource::Mode::Catalogue),
               QStringLiteral("lists/products"), services.notifier(),
               {QStringLiteral("product"), QStringLiteral("stock")}, parent)
    , m_services(services)
    , m_actor(actor) {
    newButton()->setText(tr("&New product"));
    setCanCreate(actor.require(Permission::EditProducts).has_value());
    setCanExport(actor.require(Permission::ExportData).has_value());
}

void ProductsView::createRecord() {
    ProductEditor editor(m_services, m_actor, {}, this);
    if (editor.exec() == QDialog::Accepted && !editor.savedSku().isEmpty()) {
        refresh();
        selectKey(editor.savedSku());
    }
}

void ProductsView::editRecord(const QString& sku) {
    ProductEditor editor(m_services, m_actor, sku, this);
    editor.exec();
}

} // namespace mostrador::app
