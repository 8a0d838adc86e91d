// SPDX-License-Identifier: MIT
#pragma once

#include <QLineEdit>
#include <functional>

class QListWidget;
class QListWidgetItem;

namespace mostrador::app {

class SuggestionPopup;

// A field that suggests records as one types (a customer by code or name, a product by
// SKU or name): a list under it that Up/Down move through and Enter or a click takes.
// The list is a child of the window, so keyboard focus stays in the field, which also
// lets it work as a cell editor. Taking a suggestion puts its key in the field.
class LookupEdit : public QLineEdit {
    Q_OBJECT
public:
    struct Suggestion {
        QString key;
        QString text;
    };
    using Provider = std::function<QList<Suggestion>(const QString& text)>;
    static constexpr int kDelayMs = 120;
    static constexpr int kMaxRows = 10;

    explicit LookupEdit(Provider provider, QWidget* parent = nullptr);
    ~LookupEdit() override;

    QListWidget* suggestionList() const;
    bool popupVisible() const;
    // Looks the text up now instead of after the typing pause.
    void suggestNow();
    // When suggestions are showing (or pending), puts the chosen one's key in the field
    // and emits chosen(): the current row, or a row whose key is exactly what was typed.
    // Answers whether a suggestion was taken.
    bool takeSuggestion();

Q_SIGNALS:
    void chosen(const QString& key);
    // A suggestion was clicked (after chosen()): the choice is complete.
    void clicked(const QString& key);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void take(QListWidgetItem* item);

    Provider m_provider;
    SuggestionPopup* m_popup = nullptr;
    bool m_typed = false; // text changed by the user since the last suggestion taken
};

} // namespace mostrador::app
