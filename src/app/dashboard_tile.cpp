// SPDX-License-Identifier: MIT
#include "app/dashboard_tile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace mostrador::app {

namespace {

QLabel* makeLabel(QWidget* parent, qreal scale, bool bold) {
    auto* label = new QLabel(parent);
    label->setAttribute(Qt::WA_TransparentForMouseEvents); // the button takes the clicks
    // Inside a button a label paints with ButtonText; said outright so that the colours
    // set below are the ones painted, whatever the parent.
    label->setForegroundRole(QPalette::ButtonText);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

} // namespace

DashboardTile::DashboardTile(const QString& title, QWidget* parent)
    : QPushButton(parent)
    , m_title(makeLabel(this, 1.0, false))
    , m_value(makeLabel(this, 1.6, true))
    , m_detail(makeLabel(this, 0.9, false)) {
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_title->setText(title);
    applyColours();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    setAccessibleName(title);
}

void DashboardTile::setFigure(const QString& value, const QString& detail, bool alarming) {
    m_value->setText(value);
    m_detail->setText(detail);
    m_alarming = alarming;
    applyColours();
    setAccessibleDescription(value + QLatin1Char('\n') + detail);
    setToolTip(detail);
    updateGeometry();
}

QColor DashboardTile::alarmColor(const QColor& background) {
    // The darker red reads on a light button; on a dark theme's button it hardly shows.
    return background.lightness() < 128 ? QColor(0xff, 0x80, 0x80) : QColor(0xc0, 0x1c, 0x1c);
}

void DashboardTile::applyColours() {
    const QPalette own = palette();
    const auto paint = [](QLabel* label, const QColor& colour) {
        QPalette p = label->palette();
        p.setColor(QPalette::ButtonText, colour);
        label->setPalette(p);
    };
    const QColor muted = own.color(QPalette::PlaceholderText);
    paint(m_title, muted);
    paint(m_detail, muted);
    paint(m_value,
          m_alarming ? alarmColor(own.color(QPalette::Button)) : own.color(QPalette::ButtonText));
}

void DashboardTile::keyPressEvent(QKeyEvent* event) {
    // Outside a dialog a push button ignores Enter; a tile is a link, so Enter follows it.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        click();
        return;
    }
    QPushButton::keyPressEvent(event);
}

void DashboardTile::changeEvent(QEvent* event) {
    QPushButton::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

QString DashboardTile::title() const {
    return m_title->text();
}

QString DashboardTile::value() const {
    return m_value->text();
}

QString DashboardTile::detail() const {
    return m_detail->text();
}

QSize DashboardTile::sizeHint() const {
    return layout()->sizeHint().expandedTo(QSize(200, 0));
}

QSize DashboardTile::minimumSizeHint() const {
    return QSize(160, layout()->minimumSize().height());
}

} // namespace mostrador::app
