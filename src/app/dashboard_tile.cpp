// SPDX-License-Identifier: MIT
#include "app/dashboard_tile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mostrador::app {

namespace {

QLabel* makeLabel(QWidget* parent, qreal scale, bool bold) {
    auto* label = new QLabel(parent);
    label->setAttribute(Qt::WA_TransparentForMouseEvents); // the button takes the clicks
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
    QPalette muted = m_detail->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_detail->setPalette(muted);
    m_title->setPalette(muted);
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
    QPalette p = m_value->palette();
    p.setColor(QPalette::WindowText,
               alarming ? QColor(0xc0, 0x1c, 0x1c) : palette().color(QPalette::ButtonText));
    m_value->setPalette(p);
    setAccessibleDescription(value + QLatin1Char('\n') + detail);
    setToolTip(detail);
    updateGeometry();
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
