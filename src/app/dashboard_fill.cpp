// SPDX-License-Identifier: MIT
// DashboardView: putting the figures on its tiles, charts and tables.
#include "app/dashboard_charts.h"
#include "app/dashboard_tile.h"
#include "app/dashboard_view.h"
#include "app/order_source.h"
#include "domain/fixed_decimal.h"
#include "domain/percent.h"
#include "services/services.h"

#include <QStandardItemModel>
#include <QTableView>

namespace mostrador::app {

namespace {

using domain::Money;

// "+12,5 %" of `now` against `before`, to a tenth of a percent; empty with nothing before.
QString change(const Money& now, const Money& before, const QLocale& locale) {
    if (before.isZero())
        return {};
    const qint64 tenths =
        domain::fixed::divideRounded(domain::Int128(now.minor() - before.minor()) * 1000,
                                     before.isNegative() ? -before.minor() : before.minor());
    const QString number = domain::Percent::fromBasisPoints(tenths * 10).toString(locale);
    return tenths > 0 ? QStringLiteral("+%1 %").arg(number) : QStringLiteral("%1 %").arg(number);
}

const QColor kSales(0x35, 0x84, 0xe4);
const QColor kMargin(0x2e, 0xc2, 0x7e);
const QColor kOrders(0x91, 0x41, 0xac);
const QColor kAging(0xe6, 0x61, 0x00);

QStandardItem* moneyItem(const Money& amount, const QLocale& locale, bool bold) {
    auto* item = new QStandardItem(amount.toString(locale));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont font = item->font();
    font.setBold(bold);
    item->setFont(font);
    return item;
}

} // namespace

void DashboardView::fillTiles() {
    const QLocale locale;
    const auto& f = m_figures;
    const QDate month(f.today.year(), f.today.month(), 1);
    const auto compared = [&](const QString& label, const Money& then) {
        const QString pct = change(f.salesThisMonth, then, locale);
        return pct.isEmpty() ? tr("%1: %2").arg(label, money(then))
                             : tr("%1: %2 (%3)").arg(label, money(then), pct);
    };
    m_salesTile->setFigure(
        money(f.salesThisMonth),
        compared(tr("Last month"), f.salesLastMonth) + u'\n' +
            compared(locale.toString(month.addYears(-1), QStringLiteral("MMMM yyyy")),
                     f.salesSameMonthLastYear));
    int confirmed = 0, partial = 0;
    for (const auto& s : f.ordersByState) {
        if (s.status == domain::order_state::kConfirmed)
            confirmed = s.orders;
        else if (s.status == domain::order_state::kPartiallyShipped)
            partial = s.orders;
    }
    m_backlogTile->setFigure(money(f.backlogValue),
                             tr("Confirmed, not yet shipped, before tax") + u'\n' +
                                 tr("%Ln confirmed", nullptr, confirmed) + QStringLiteral(", ") +
                                 tr("%Ln partially shipped", nullptr, partial));
    m_overdueTile->setFigure(money(f.overdue),
                             tr("Past due date\nof %1 receivable").arg(money(f.aging.total())),
                             f.overdue.minor() > 0);
    m_waitingTile->setFigure(locale.toString(f.creditHolds + f.awaitingApproval),
                             tr("%Ln on credit hold", nullptr, f.creditHolds) + u'\n' +
                                 tr("%Ln awaiting approval", nullptr, f.awaitingApproval),
                             f.creditHolds + f.awaitingApproval > 0);
}

void DashboardView::fillCharts() {
    const QLocale locale;
    const auto& f = m_figures;
    QStringList months;
    BarSeriesData sales{tr("Sales"), kSales, {}, {}};
    BarSeriesData margin{tr("Margin"), kMargin, {}, {}};
    for (const auto& m : f.last12Months) {
        const QDate first = QDate::fromString(m.month + QStringLiteral("-01"), Qt::ISODate);
        months.append(locale.toString(first, QStringLiteral("MMM"))); // the title has the years
        sales.values.append(m.sales.minor());
        sales.tooltips.append(money(m.sales));
        margin.values.append(m.margin.minor());
        margin.tooltips.append(money(m.margin));
    }
    if (!f.last12Months.isEmpty()) {
        const auto monthName = [&](const QString& key) {
            return locale.toString(QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate),
                                   QStringLiteral("MMM yyyy"));
        };
        m_months->chart()->setTitle(tr("Sales and margin, %1 – %2 (%3)")
                                        .arg(monthName(f.last12Months.first().month),
                                             monthName(f.last12Months.last().month),
                                             m_services.context().currency.code()));
    }
    m_months->setBars(months, {sales, margin});

    QStringList states;
    BarSeriesData orders{tr("Orders"), kOrders, {}, {}};
    for (const auto& s : f.ordersByState) {
        states.append(OrderLabels::state(s.status));
        orders.values.append(s.orders);
        orders.tooltips.append(tr("%1 orders, %2").arg(s.orders).arg(money(s.value)));
    }
    m_states->setBars(states, {orders}, true);

    const QStringList buckets = {tr("Current"), tr("1–30 days"), tr("31–60 days"), tr("61–90 days"),
                                 tr("Over 90 days")};
    BarSeriesData aging{tr("Receivables"), kAging, {}, {}};
    for (const Money& amount : f.aging.buckets) {
        aging.values.append(amount.minor());
        aging.tooltips.append(money(amount));
    }
    m_aging->setBars(buckets, {aging}, true); // horizontal: room for the bucket names
}

void DashboardView::fillRanks() {
    const QLocale locale;
    const bool margin = byMargin();
    const auto fill = [&](QStandardItemModel* model, const QList<services::RankedFigures>& rows,
                          const QString& keyTitle, const QString& nameTitle) {
        model->removeRows(0, model->rowCount());
        model->setHorizontalHeaderLabels({keyTitle, nameTitle, tr("Sales"), tr("Margin")});
        for (const auto& r : rows) {
            model->appendRow({new QStandardItem(r.key), new QStandardItem(r.name),
                              moneyItem(r.sales, locale, !margin),
                              moneyItem(r.margin, locale, margin)});
        }
    };
    const auto& f = m_figures;
    fill(m_customerModel, margin ? f.topCustomersByMargin : f.topCustomersBySales, tr("Code"),
         tr("Customer"));
    fill(m_productModel, margin ? f.topProductsByMargin : f.topProductsBySales, tr("SKU"),
         tr("Product"));
}

} // namespace mostrador::app
