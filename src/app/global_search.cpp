// SPDX-License-Identifier: MIT
#include "app/global_search.h"

#include "services/services.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QTimer>

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
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty()) {
            m_timer->stop();
            hidePopup();
        } else {
            m_timer->start();
        }
    });
    connect(m_timer, &QTimer::timeout, this, &GlobalSearch::searchNow);
}

void GlobalSearch::searchNow() {
    m_timer->stop();
    const QString text = this->text().trimmed();
    if (text.isEmpty()) {
        hidePopup();
        return;
    }
    if (!m_popup) {
        // Created on first use, once the field sits in its window.
        m_popup = new QListWidget(window());
        m_popup->setObjectName(QStringLiteral("globalSearchResults"));
        m_popup->setFocusPolicy(Qt::NoFocus);
        m_popup->setFrameShape(QFrame::Box);
        m_popup->setUniformItemSizes(true);
        connect(m_popup, &QListWidget::itemClicked, this, &GlobalSearch::activate);
    }
    m_popup->clear();
    addCustomers(text);
    addProducts(text);
    if (m_popup->count() == 0) {
        auto* none = new QListWidgetItem(tr("Nothing matches “%1”").arg(text), m_popup);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_popup->setCurrentRow(0);
    }
    showPopup();
}

void GlobalSearch::addItem(const QIcon& icon, const QString& text, Kind kind, const QString& key) {
    auto* item = new QListWidgetItem(icon, text, m_popup);
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

void GlobalSearch::showPopup() {
    QWidget* host = window();
    const int rows = std::min(m_popup->count(), 2 * kPerKind);
    const int rowHeight = std::max(m_popup->sizeHintForRow(0), fontMetrics().height() + 6);
    const int width = std::max(this->width(), 460);
    QPoint at = mapTo(host, QPoint(0, height()));
    at.setX(std::min(at.x(), std::max(0, host->width() - width)));
    m_popup->setGeometry(at.x(), at.y(), width, rows * rowHeight + 2 * m_popup->frameWidth());
    m_popup->raise();
    m_popup->show();
}

void GlobalSearch::hidePopup() {
    if (m_popup)
        m_popup->hide();
}

void GlobalSearch::activate(QListWidgetItem* item) {
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const auto kind = Kind(item->data(kKindRole).toInt());
    const QString key = item->data(kKeyRole).toString();
    hidePopup();
    clear();
    Q_EMIT chosen(kind, key);
}

void GlobalSearch::moveCurrent(int step) {
    const int row = m_popup->currentRow() + step;
    if (row >= 0 && row < m_popup->count() && (m_popup->item(row)->flags() & Qt::ItemIsEnabled))
        m_popup->setCurrentRow(row);
}

void GlobalSearch::keyPressEvent(QKeyEvent* event) {
    const bool open = m_popup && m_popup->isVisible();
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_timer->isActive() || !open)
            searchNow();
        activate(m_popup ? m_popup->currentItem() : nullptr);
        return;
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (open)
            moveCurrent(event->key() == Qt::Key_Down ? 1 : -1);
        else
            searchNow();
        return;
    case Qt::Key_Escape:
        if (open) {
            hidePopup();
            return;
        }
        clear();
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void GlobalSearch::focusOutEvent(QFocusEvent* event) {
    hidePopup();
    QLineEdit::focusOutEvent(event);
}

} // namespace mostrador::app
