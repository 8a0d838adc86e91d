// SPDX-License-Identifier: MIT
#pragma once

#include <QListWidget>
#include <QPointer>
#include <functional>

class QKeyEvent;
class QLineEdit;
class QTimer;

namespace mostrador::app {

// The list of suggestions under a typing field (LookupEdit, GlobalSearch): it waits for a
// pause in the typing, then asks the field to refill it; it places itself under the field,
// moves its current row with Up/Down and closes on Escape or when the field loses focus.
// The list is a child of the window, not a popup, so keyboard focus stays in the field
// (which lets a LookupEdit work as a cell editor); it goes away with the field.
class SuggestionPopup : public QObject {
    Q_OBJECT
public:
    struct Shape {
        int minWidth = 0;
        int maxRows = 0;
        int extraHeight = 0;    // pixels added under the last row
        bool openAbove = false; // open above the field when there is no room below
    };
    using Refresh = std::function<void()>;

    // refresh is called after the typing pause and when Up/Down ask for the list.
    SuggestionPopup(QLineEdit* field, int delayMs, Shape shape, Refresh refresh);
    ~SuggestionPopup() override;

    QListWidget* list() const { return m_list; }
    bool isVisible() const;
    // Whether the typing pause is still running (the list is out of date).
    bool pending() const;

    // The field's text changed: hides the list if it is now blank, else restarts the pause.
    void textChanged(const QString& text);
    // Stops the pause and answers the emptied list to refill for text, created on first
    // use (once the field sits in its window) with the given object name; for a blank
    // text hides the list and answers nullptr.
    QListWidget* refill(const QString& text, const QString& objectName);
    // Shows the list under (or above) the field.
    void show();
    void hide();
    // Moves the current row by step, onto enabled rows only.
    void moveCurrent(int step);
    // Up/Down (move, or refresh when closed) and Escape while open (close): answers
    // whether the key was used.
    bool handleKey(QKeyEvent* event);

Q_SIGNALS:
    void clicked(QListWidgetItem* item);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    QLineEdit* m_field;
    Shape m_shape;
    Refresh m_refresh;
    QTimer* m_timer;
    QPointer<QListWidget> m_list;
};

} // namespace mostrador::app
