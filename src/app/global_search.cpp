// SPDX-License-Identifier: MIT
#include "app/global_search.h"

#include "app/suggestion_popup.h"
#include "services/services.h"

#include <QKeyEvent>
#include <QListWidget>

namespace mostrador::app {

namespace {
constexpr int kKindRole = Qt::UserRole;
constexpr int kKeyRole = Qt::UserRole + 1;
} // namespace

GlobalSearch::GlobalSearch(services::Services& services, const domain::Actor& actor,
                           QWidget* parent)
    : QLineEdit(parent)
    , m_services(services)
    , m_actor(actor) {
    setPlaceholderText(tr("Find a customer or product (Ctrl+K)"));
    setClearButtonEnabled(true);
    addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_popup = new SuggestionPopup(this, 150, {.minWidth = 460, .maxRows = 2 * kPerKind},
                                  [this] { searchNow(); });
    connect(this, &QLineEdit::textChanged, m_popup, &SuggestionPopup::textChanged);
    connect(m_popup, &SuggestionPopup::clicked, this, &GlobalSearch::activate);
}

QListWidget* GlobalSearch::resultList() const {
    return m_popup->list();
}

void GlobalSearch::searchNow() {
    const QString text = this->text().trimmed();
    QListWidget* list = m_popup->refill(text, QStringLiteral("globalSearchResults"));
    if (!list)
        return;
    addCustomers(text);
    addProducts(text);
    if (list->count() == 0) {
        auto* none = new QListWidgetItem(tr("Nothing matches “%1”").arg(text), list);
        none->setFlags(Qt::NoItemFlags);
    } else {
        list->setCurrentRow(0);
    }
    m_popup->show();
}

void GlobalSearch::addItem(const QIcon& icon, const QString& text, Kind kind, const QString& key) {
    auto* item = new QListWidgetItem(icon, text, m_popup->list());
    item->setData(kKindRole, int(kind));
    item->setData(kKeyRole, key);
}

void GlobalSearch::addCustomers(const QString& text) {
    storage::ListQuery query;
    query.search = text;
    query.limit = kPerKind;
    auto rows = m_services.customers().list(m_actor, query);
    if (!rows)
        return;
    const QIcon icon(QStringLiteral(":/icons/customers.svg"));
    for (const auto& c : *rows)
        addItem(icon, tr("Customer  %1 · %2").arg(c.code, c.name), Kind::Customer, c.code);
}

void GlobalSearch::addProducts(const QString& text) {
    storage::ListQuery query;
    query.search = text;
    query.limit = kPerKind;
    auto rows = m_services.products().list(m_actor, query);
    if (!rows)
        return;
    const QIcon icon(QStringLiteral(":/icons/products.svg"));
    for (const auto& p : *rows)
        addItem(icon, tr("Product  %1 · %2").arg(p.sku, p.name), Kind::Product, p.sku);
}

void GlobalSearch::activate(QListWidgetItem* item) {
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const auto kind = Kind(item->data(kKindRole).toInt());
    const QString key = item->data(kKeyRole).toString();
    m_popup->hide();
    clear();
    Q_EMIT chosen(kind, key);
}

void GlobalSearch::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (m_popup->pending() || !m_popup->isVisible())
            searchNow();
        activate(m_popup->list() ? m_popup->list()->currentItem() : nullptr);
        return;
    }
    if (m_popup->handleKey(event))
        return;
    if (event->key() == Qt::Key_Escape)
        clear();
    QLineEdit::keyPressEvent(event);
}

} // namespace mostrador::app
