// SPDX-License-Identifier: MIT
#include "app/dashboard_charts.h"

#include "domain/fixed_decimal.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLocale>
#include <QToolTip>
#include <algorithm>

namespace mostrador::app {

QList<qint64> niceTicks(qint64 low, qint64 high, qint64 unit, int steps) {
    low = std::min<qint64>(low, 0);
    high = std::max<qint64>(high, 0);
    const qint64 span = std::max<qint64>(high - low, 1);
    qint64 magnitude = std::max<qint64>(unit, 1);
    qint64 step = magnitude;
    for (;;) {
        for (qint64 m : {1, 2, 5}) {
            step = m * magnitude;
            if (span <= step * steps)
                break;
        }
        if (span <= step * steps)
            break;
        magnitude *= 10;
    }
    QList<qint64> ticks;
    qint64 tick = low >= 0 ? 0 : -((-low + step - 1) / step) * step;
    for (;; tick += step) { // up to high, and two ticks at least: an axis needs a length
        ticks.append(tick);
        if (tick >= high && ticks.size() >= 2)
            break;
    }
    return ticks;
}

BarChartView::BarChartView(const QString& title, QWidget* parent)
    : QChartView(new QChart, parent) {
    setFocusPolicy(Qt::StrongFocus);
    setRenderHint(QPainter::Antialiasing);
    chart()->setTitle(title);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 30, 4)); // room for half the last value label
    chart()->setBackgroundRoundness(4);
    setMinimumHeight(240);
}

void BarChartView::setBars(const QStringList& categories, const QList<BarSeriesData>& series,
                           bool horizontal) {
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis), delete axis;
    m_categories = categories;
    m_data = series;
    m_horizontal = horizontal;
    QStringList shown = categories;
    if (horizontal) // the first category on top, as one reads a list
        std::reverse(shown.begin(), shown.end());
    m_sets.clear();
    QAbstractBarSeries* bars =
        horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries) : new QBarSeries;
    qint64 low = 0, high = 0;
    for (const BarSeriesData& d : series) {
        auto* set = new QBarSet(d.name);
        set->setColor(d.color);
        set->setBorderColor(d.color);
        set->setSelectedColor(d.color.darker(160));
        for (int i = 0; i < d.values.size(); ++i) {
            const qint64 v = d.values[bar(i)];
            set->append(qreal(v)); // a bar's length in pixels, not an amount
            low = std::min(low, v);
            high = std::max(high, v);
        }
        bars->append(set);
        m_sets.append(set);
        connect(set, &QBarSet::clicked, this, [this](int index) {
            setCurrent(bar(index));
            Q_EMIT activated(bar(index));
        });
        connect(set, &QBarSet::hovered, this,
                [this, set](bool on, int index) { hovered(set, on, bar(index)); });
    }
    c->addSeries(bars);
    c->legend()->setVisible(series.size() > 1);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(shown);
    auto* valueAxis = new QCategoryAxis;
    valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Two steps across a horizontal chart: its labels stand side by side in little room.
    const QList<qint64> ticks = niceTicks(low, high, m_unit, horizontal ? 2 : 4);
    valueAxis->setStartValue(qreal(ticks.first()));
    for (qint64 t : ticks)
        valueAxis->append(m_axisLabel ? m_axisLabel(t) : domain::fixed::format(t, 0, QLocale(), 0),
                          qreal(t));
    valueAxis->setRange(qreal(ticks.first()), qreal(ticks.last()));
    c->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    c->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    m_current = std::clamp(m_current, 0, std::max(0, int(categories.size()) - 1));
    showSelection();
}

void BarChartView::setCurrent(int index) {
    if (index < 0 || index >= m_categories.size())
        return;
    m_current = index;
    showSelection();
}

void BarChartView::showSelection() {
    for (QBarSet* set : m_sets) {
        set->deselectAllBars();
        if (hasFocus())
            set->selectBar(bar(m_current));
    }
}

QPoint BarChartView::barCenter(int index) const {
    if (m_sets.isEmpty() || index < 0 || index >= m_categories.size())
        return {};
    auto* series = static_cast<QAbstractBarSeries*>(chart()->series().value(0));
    // The first set's bar: its group takes barWidth of the category, shared by the sets;
    // half its value is inside the bar even when it is short.
    const qreal width = series->barWidth();
    const qreal n = qreal(m_sets.size());
    const qreal across = bar(index) - width / 2 + width / (2 * n);
    const qreal along = m_sets.first()->at(bar(index)) / 2;
    const QPointF at = m_horizontal ? QPointF(along, across) : QPointF(across, along);
    return mapFromScene(chart()->mapToScene(chart()->mapToPosition(at, series)));
}

int BarChartView::bar(int index) const {
    return m_horizontal ? int(m_categories.size()) - 1 - index : index;
}

void BarChartView::keyPressEvent(QKeyEvent* event) {
    const int back = m_horizontal ? Qt::Key_Up : Qt::Key_Left;
    const int forward = m_horizontal ? Qt::Key_Down : Qt::Key_Right;
    if (event->key() == back || event->key() == forward) {
        setCurrent(m_current + (event->key() == forward ? 1 : -1));
        event->accept();
    } else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
               event->key() == Qt::Key_Space) {
        if (!m_categories.isEmpty())
            Q_EMIT activated(m_current);
        event->accept();
    } else {
        QChartView::keyPressEvent(event);
    }
}

void BarChartView::focusInEvent(QFocusEvent* event) {
    QChartView::focusInEvent(event);
    showSelection();
}

void BarChartView::focusOutEvent(QFocusEvent* event) {
    QChartView::focusOutEvent(event);
    showSelection();
}

void BarChartView::hovered(QBarSet* set, bool on, int index) {
    const int which = int(m_sets.indexOf(set));
    if (!on || which < 0 || index >= m_data[which].tooltips.size()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(
        QCursor::pos(),
        QStringLiteral("%1 — %2: %3")
            .arg(m_categories.value(index), m_data[which].name, m_data[which].tooltips[index]),
        this);
}

} // namespace mostrador::app
