// SPDX-License-Identifier: MIT
#include "app/lookup_edit.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QPointer>
#include <QTimer>

namespace mostrador::app {

namespace {
constexpr int kKeyRole = Qt::UserRole;
}

LookupEdit::LookupEdit(Provider provider, QWidget* parent)
    : QLineEdit(parent)
    , m_provider(std::move(provider)) {
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(this, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_typed = true;
        if (text.trimmed().isEmpty()) {
            m_timer->stop();
            hidePopup();
        } else {
            m_timer->start();
        }
    });
    connect(m_timer, &QTimer::timeout, this, &LookupEdit::suggestNow);
}

LookupEdit::~LookupEdit() {
    // The list belongs to the window, which outlives a cell editor.
    delete m_popup;
}

bool LookupEdit::popupVisible() const {
    return m_popup && m_popup->isVisible();
}

void LookupEdit::suggestNow() {
    m_timer->stop();
    const QString text = this->text().trimmed();
    if (text.isEmpty()) {
        hidePopup();
        return;
    }
    if (!m_popup) {
        m_popup = new QListWidget(window());
        m_popup->setObjectName(objectName() + QStringLiteral("Suggestions"));
        m_popup->setFocusPolicy(Qt::NoFocus);
        m_popup->setFrameShape(QFrame::Box);
        m_popup->setUniformItemSizes(true);
        connect(m_popup, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
            take(item);
            Q_EMIT clicked(this->text());
        });
    }
    m_popup->clear();
    const int rowHeight = fontMetrics().height() + 8;
    for (const Suggestion& s : m_provider(text)) {
        auto* item = new QListWidgetItem(s.text, m_popup);
        item->setData(kKeyRole, s.key);
        item->setSizeHint(QSize(0, rowHeight));
    }
    if (m_popup->count() == 0) {
        hidePopup();
        return;
    }
    m_popup->setCurrentRow(0);
    showPopup();
}

bool LookupEdit::takeSuggestion() {
    if (m_timer->isActive() || (m_typed && !popupVisible()))
        suggestNow();
    if (!popupVisible())
        return false;
    QListWidgetItem* pick = m_popup->currentItem();
    const QString typed = text().trimmed();
    for (int row = 0; row < m_popup->count(); ++row)
        if (m_popup->item(row)->data(kKeyRole).toString().compare(typed, Qt::CaseInsensitive) == 0)
            pick = m_popup->item(row);
    if (!pick)
        return false;
    take(pick);
    return true;
}

void LookupEdit::take(QListWidgetItem* item) {
    if (!item)
        return;
    const QString key = item->data(kKeyRole).toString();
    hidePopup();
    m_typed = false;
    setText(key);
    Q_EMIT chosen(key);
}

void LookupEdit::showPopup() {
    QWidget* host = window();
    const int rows = std::min(m_popup->count(), kMaxRows);
    const int rowHeight = m_popup->sizeHintForRow(0);
    const int width = std::max(this->width(), 420);
    QPoint at = mapTo(host, QPoint(0, height()));
    at.setX(std::min(at.x(), std::max(0, host->width() - width)));
    const int h = rows * rowHeight + 2 * m_popup->frameWidth() + 2;
    if (at.y() + h > host->height()) // no room below: open above the field
        at.setY(std::max(0, at.y() - height() - h));
    m_popup->setGeometry(at.x(), at.y(), width, h);
    m_popup->raise();
    m_popup->show();
}

void LookupEdit::hidePopup() {
    if (m_popup)
        m_popup->hide();
}

void LookupEdit::keyPressEvent(QKeyEvent* event) {
    const bool open = popupVisible();
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (!open) {
            suggestNow();
        } else {
            const int row = m_popup->currentRow() + (event->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_popup->count())
                m_popup->setCurrentRow(row);
        }
        return;
    case Qt::Key_Escape:
        if (open) {
            hidePopup();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (takeSuggestion())
            return;
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void LookupEdit::focusOutEvent(QFocusEvent* event) {
    hidePopup();
    QLineEdit::focusOutEvent(event);
}

} // namespace mostrador::app
