// SPDX-License-Identifier: MIT
#pragma once

#include <QPushButton>

class QLabel;

namespace mostrador::app {

// A figure of the dashboard as a button: a title, the figure in large type and a line or
// two of detail. Focusable and clickable like any button; clicking, Space or Enter opens
// the list behind the figure. An alarming figure shows red, in a shade that stays readable
// on the button's background, light or dark. The figure's text is also its accessible
// description.
class DashboardTile : public QPushButton {
    Q_OBJECT
public:
    explicit DashboardTile(const QString& title, QWidget* parent = nullptr);

    void setFigure(const QString& value, const QString& detail, bool alarming = false);
    QString title() const;
    QString value() const;
    QString detail() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QLabel* valueLabel() const { return m_value; }
    // The red of an alarming figure for this button background.
    static QColor alarmColor(const QColor& background);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
    bool m_alarming = false;
};

} // namespace mostrador::app
