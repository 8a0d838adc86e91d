// SPDX-License-Identifier: MIT
#include "app/suggestion_popup.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>

namespace mostrador::app {

SuggestionPopup::SuggestionPopup(QLineEdit* field, int delayMs, Shape shape, Refresh refresh)
    : QObject(field)
    , m_field(field)
    , m_shape(shape)
    , m_refresh(std::move(refresh))
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, [this] { m_refresh(); });
    field->installEventFilter(this);
}

SuggestionPopup::~SuggestionPopup() {
    // The list belongs to the window, which outlives a cell editor.
    delete m_list;
}

bool SuggestionPopup::isVisible() const {
    return m_list && m_list->isVisible();
}

bool SuggestionPopup::pending() const {
    return m_timer->isActive();
}

void SuggestionPopup::textChanged(const QString& text) {
    if (text.trimmed().isEmpty()) {
        m_timer->stop();
        hide();
    } else {
        m_timer->start();
    }
}

QListWidget* SuggestionPopup::refill(const QString& text, const QString& objectName) {
    m_timer->stop();
    if (text.trimmed().isEmpty()) {
        hide();
        return nullptr;
    }
    if (!m_list) {
        m_list = new QListWidget(m_field->window());
        m_list->setObjectName(objectName);
        m_list->setFocusPolicy(Qt::NoFocus);
        m_list->setFrameShape(QFrame::Box);
        m_list->setUniformItemSizes(true);
        connect(m_list, &QListWidget::itemClicked, this, &SuggestionPopup::clicked);
    }
    m_list->clear();
    return m_list;
}

void SuggestionPopup::show() {
    place();
    m_list->raise();
    m_list->show();
}

void SuggestionPopup::place() {
    QWidget* host = m_field->window();
    const int fieldHeight = m_field->height();
    const int rows = std::min(m_list->count(), m_shape.maxRows);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), m_field->fontMetrics().height() + 6);
    const int width = std::max(m_field->width(), m_shape.minWidth);
    QPoint at = m_field->mapTo(host, QPoint(0, fieldHeight));
    at.setX(std::min(at.x(), std::max(0, host->width() - width)));
    const int h = rows * rowHeight + 2 * m_list->frameWidth() + m_shape.extraHeight;
    if (m_shape.openAbove && at.y() + h > host->height())
        at.setY(std::max(0, at.y() - fieldHeight - h));
    m_list->setGeometry(at.x(), at.y(), width, h);
}

void SuggestionPopup::hide() {
    if (m_list)
        m_list->hide();
}

void SuggestionPopup::moveCurrent(int step) {
    const int row = m_list->currentRow() + step;
    if (row >= 0 && row < m_list->count() && (m_list->item(row)->flags() & Qt::ItemIsEnabled))
        m_list->setCurrentRow(row);
}

bool SuggestionPopup::handleKey(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (isVisible())
            moveCurrent(event->key() == Qt::Key_Down ? 1 : -1);
        else
            m_refresh();
        return true;
    case Qt::Key_Escape:
        if (!isVisible())
            return false;
        hide();
        return true;
    default:
        return false;
    }
}

bool SuggestionPopup::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_field && event->type() == QEvent::FocusOut)
        hide();
    return QObject::eventFilter(watched, event);
}

} // namespace mostrador::app
