// SPDX-License-Identifier: MIT
#include "app/lookup_edit.h"

#include "app/suggestion_popup.h"

#include <QKeyEvent>
#include <QListWidget>

namespace mostrador::app {

namespace {
constexpr int kKeyRole = Qt::UserRole;
}

LookupEdit::LookupEdit(Provider provider, QWidget* parent)
    : QLineEdit(parent)
    , m_provider(std::move(provider)) {
    m_popup = new SuggestionPopup(
        this, kDelayMs, {.minWidth = 420, .maxRows = kMaxRows, .extraHeight = 2, .openAbove = true},
        [this] { suggestNow(); });
    connect(this, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_typed = true;
        m_popup->textChanged(text);
    });
    connect(m_popup, &SuggestionPopup::clicked, this, [this](QListWidgetItem* item) {
        take(item);
        Q_EMIT clicked(this->text());
    });
}

LookupEdit::~LookupEdit() = default;

QListWidget* LookupEdit::suggestionList() const {
    return m_popup->list();
}

bool LookupEdit::popupVisible() const {
    return m_popup->isVisible();
}

void LookupEdit::suggestNow() {
    const QString text = this->text().trimmed();
    QListWidget* list = m_popup->refill(text, objectName() + QStringLiteral("Suggestions"));
    if (!list)
        return;
    const int rowHeight = fontMetrics().height() + 8;
    for (const Suggestion& s : m_provider(text)) {
        auto* item = new QListWidgetItem(s.text, list);
        item->setData(kKeyRole, s.key);
        item->setSizeHint(QSize(0, rowHeight));
    }
    if (list->count() == 0) {
        m_popup->hide();
        return;
    }
    list->setCurrentRow(0);
    m_popup->show();
}

bool LookupEdit::takeSuggestion() {
    if (m_popup->pending() || (m_typed && !popupVisible()))
        suggestNow();
    if (!popupVisible())
        return false;
    QListWidget* list = m_popup->list();
    QListWidgetItem* pick = list->currentItem();
    const QString typed = text().trimmed();
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(kKeyRole).toString().compare(typed, Qt::CaseInsensitive) == 0)
            pick = list->item(row);
    if (!pick)
        return false;
    take(pick);
    return true;
}

void LookupEdit::take(QListWidgetItem* item) {
    if (!item)
        return;
    const QString key = item->data(kKeyRole).toString();
    m_popup->hide();
    m_typed = false;
    setText(key);
    Q_EMIT chosen(key);
}

void LookupEdit::keyPressEvent(QKeyEvent* event) {
    if (m_popup->handleKey(event))
        return;
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && takeSuggestion())
        return;
    QLineEdit::keyPressEvent(event);
}

} // namespace mostrador::app
