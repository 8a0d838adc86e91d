// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QStringList>
#include <functional>

class QBarSet;

namespace mostrador::app {

// One series of bars: its name, its values (minor units or counts: integers, so a
// scale and its labels are exact) and what a bar's tooltip says.
struct BarSeriesData {
    QString name;
    QColor color;
    QList<qint64> values;
    QStringList tooltips;
};

// The ticks of a value axis over [low, high]: 0 included, at most `steps` steps of 1, 2 or
// 5 × a power of ten, at least `unit` apart (100 for cents: whole currency units).
QList<qint64> niceTicks(qint64 low, qint64 high, qint64 unit, int steps = 4);

// A bar chart of the dashboard that the keyboard can walk: with focus, Left/Right (Up/Down
// when horizontal) move a highlighted category and Enter or Space opens it; a click on a
// bar opens its category too. Bars are drawn from integers; the value axis labels come
// from `axisLabel` (money through QLocale), never from a floating-point format.
class BarChartView : public QChartView {
    Q_OBJECT
public:
    explicit BarChartView(const QString& title, QWidget* parent = nullptr);

    // Values are multiples of `unit` apart on the axis (a currency's minor units per unit),
    // each labelled by `label`.
    void setAxisLabel(qint64 unit, std::function<QString(qint64)> label) {
        m_unit = unit;
        m_axisLabel = std::move(label);
    }
    // Replaces the bars; the highlighted category stays where it was when it still exists.
    void setBars(const QStringList& categories, const QList<BarSeriesData>& series,
                 bool horizontal = false);
    int categoryCount() const { return int(m_categories.size()); }
    int current() const { return m_current; }
    void setCurrent(int index);
    // Where a category's bar (of the first series) is drawn, in view coordinates.
    QPoint barCenter(int index) const;

Q_SIGNALS:
    void activated(int index);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void showSelection();
    // Category index ↔ bar position: horizontal charts are drawn bottom up, so their
    // categories go in reversed (the map is its own inverse).
    int bar(int index) const;
    void hovered(QBarSet* set, bool on, int index);

    QStringList m_categories;
    QList<QBarSet*> m_sets;
    QList<BarSeriesData> m_data;
    std::function<QString(qint64)> m_axisLabel;
    qint64 m_unit = 1;
    bool m_horizontal = false;
    int m_current = 0;
};

} // namespace mostrador::app
