// SPDX-License-Identifier: MIT
#pragma once

#include <QPushButton>

class QLabel;

namespace mostrador::app {

// A figure of the dashboard as a button: a title, the figure in large type and a line or
// two of detail. Focusable and clickable like any button; clicking opens the list
// behind the figure. The figure's text is also its accessible description.
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

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace mostrador::app
