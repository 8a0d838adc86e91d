// SPDX-License-Identifier: MIT
#include "app/totals_panel.h"

#include <QGridLayout>
#include <QLabel>

namespace mostrador::app {

namespace {
QLabel* figure(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

TotalsPanel::TotalsPanel(QWidget* parent)
    : QWidget(parent)
    , m_untaxed(figure(this, QStringLiteral("untaxedLabel")))
    , m_tax(figure(this, QStringLiteral("taxLabel")))
    , m_total(figure(this, QStringLiteral("totalLabel")))
    , m_groups(new QLabel(this)) {
    m_groups->setObjectName(QStringLiteral("taxGroupsLabel"));
    m_groups->setAlignment(Qt::AlignRight | Qt::AlignTop);
    QPalette muted = m_groups->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_groups->setPalette(muted);
    QFont big = m_total->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_total->setFont(big);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(16);
    layout->addWidget(new QLabel(tr("Untaxed"), this), 0, 0);
    layout->addWidget(m_untaxed, 0, 1);
    layout->addWidget(new QLabel(tr("Tax"), this), 1, 0);
    layout->addWidget(m_tax, 1, 1);
    layout->addWidget(m_groups, 2, 0, 1, 2);
    auto* totalTitle = new QLabel(tr("Total"), this);
    totalTitle->setFont(big);
    layout->addWidget(totalTitle, 3, 0);
    layout->addWidget(m_total, 3, 1);
    layout->setColumnStretch(1, 1);
}

void TotalsPanel::setTotals(const domain::DocumentTotals& totals) {
    const auto money = [this](const domain::Money& m) { return m.toString(m_locale); };
    m_untaxed->setText(money(totals.untaxed));
    m_tax->setText(money(totals.tax));
    m_total->setText(money(totals.total));
    QStringList groups;
    for (const domain::TaxGroup& g : totals.groups)
        groups << tr("%1 % on %2: %3")
                      .arg(g.rate.toString(m_locale), g.base.toString(m_locale),
                           g.tax.toString(m_locale));
    m_groups->setText(groups.join(u'\n'));
    m_groups->setVisible(!groups.isEmpty());
}

} // namespace mostrador::app
