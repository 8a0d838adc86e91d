// SPDX-License-Identifier: MIT
#include "app/dashboard_view.h"

#include "app/dashboard_charts.h"
#include "app/dashboard_tile.h"
#include "app/viewer_header.h"
#include "domain/fixed_decimal.h"
#include "services/services.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mostrador::app {

DashboardView::DashboardView(services::Services& services, const domain::Actor& actor,
                             QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_actor(actor) {
    setObjectName(QStringLiteral("dashboardView"));
    buildUi();
    connectNavigation();
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &DashboardView::reload);
    // Any entity: sales, orders, receivables and names all show here; "*" is another
    // process. A burst of announcements makes one read.
    connect(&services.notifier(), &services::ChangeNotifier::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            m_refresh->start();
    });
}

void DashboardView::buildUi() {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addLayout(buildHeader());
    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setStyleSheet(QStringLiteral("color: #c01c1c"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addLayout(buildTiles());

    const QString code = m_services.context().currency.code();
    m_months = new BarChartView(tr("Sales and margin, last 12 months (%1)").arg(code), content);
    m_months->setObjectName(QStringLiteral("monthsChart"));
    m_states = new BarChartView(tr("Open orders by state"), content);
    m_states->setObjectName(QStringLiteral("statesChart"));
    m_aging = new BarChartView(tr("Receivables by age (%1)").arg(code), content);
    m_aging->setObjectName(QStringLiteral("agingChart"));
    // Whole currency units on the axes (the title names the currency): ticks are round
    // amounts, and a tooltip gives the exact one.
    const domain::Currency currency = m_services.context().currency;
    const qint64 unit = domain::fixed::pow10(currency.decimals());
    for (BarChartView* chart : {m_months, m_aging})
        chart->setAxisLabel(unit, [unit](qint64 minor) { return compactAmount(minor / unit); });
    // The states chart takes three sevenths: its labels are the longest
    // ("Pendiente de aprobación"), and twelve bars need little room.
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_months, 4);
    charts->addWidget(m_states, 3);
    layout->addLayout(charts, 1);
    auto* lower = new QHBoxLayout;
    lower->addWidget(m_aging, 2);
    lower->addWidget(buildRanks(), 5);
    layout->addLayout(lower, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QLayout* DashboardView::buildHeader() {
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setText(m_actor.require(domain::Permission::ViewReports)
                           ? tr("Dashboard")
                           : tr("My figures (%1)").arg(m_actor.name));
    m_asOf = new QLabel(this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_heading);
    row->addSpacing(12);
    row->addWidget(m_asOf);
    row->addStretch(1);
    return row;
}

QLayout* DashboardView::buildTiles() {
    m_salesTile = new DashboardTile(tr("Sales this month"), this);
    m_salesTile->setObjectName(QStringLiteral("salesTile"));
    m_backlogTile = new DashboardTile(tr("Order backlog"), this);
    m_backlogTile->setObjectName(QStringLiteral("backlogTile"));
    m_overdueTile = new DashboardTile(tr("Overdue"), this);
    m_overdueTile->setObjectName(QStringLiteral("overdueTile"));
    m_waitingTile = new DashboardTile(tr("Waiting for a manager"), this);
    m_waitingTile->setObjectName(QStringLiteral("waitingTile"));
    auto* row = new QHBoxLayout;
    for (DashboardTile* tile : {m_salesTile, m_backlogTile, m_overdueTile, m_waitingTile})
        row->addWidget(tile);
    return row;
}

QWidget* DashboardView::buildRanks() {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* switchRow = new QHBoxLayout;
    auto* title = new QLabel(tr("Top 10, last 12 months:"), box);
    auto* bySales = new QPushButton(tr("By &sales"), box);
    auto* byMargin = new QPushButton(tr("By &margin"), box);
    bySales->setObjectName(QStringLiteral("bySalesButton"));
    byMargin->setObjectName(QStringLiteral("byMarginButton"));
    auto* group = new QButtonGroup(box);
    for (QPushButton* b : {bySales, byMargin}) {
        b->setCheckable(true);
        group->addButton(b);
    }
    bySales->setChecked(true);
    m_bySales = bySales;
    m_byMargin = byMargin;
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (on)
            fillRanks();
    });
    switchRow->addWidget(title);
    switchRow->addWidget(bySales);
    switchRow->addWidget(byMargin);
    switchRow->addStretch(1);
    layout->addLayout(switchRow);

    m_customerModel = new QStandardItemModel(0, 4, box);
    m_productModel = new QStandardItemModel(0, 4, box);
    m_customers = makeReadOnlyTable(box, m_customerModel, QStringLiteral("topCustomers"));
    m_products = makeReadOnlyTable(box, m_productModel, QStringLiteral("topProducts"));
    auto* tables = new QHBoxLayout;
    for (QTableView* table : {m_customers, m_products}) {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
        table->setWordWrap(false); // one line a row: ten rows stay in view
        table->setMinimumHeight(table->verticalHeader()->defaultSectionSize() * 11 + 4);
        tables->addWidget(table);
    }
    layout->addLayout(tables, 1);
    return box;
}

// Millions and thousands shortened ("40 M", "250 mil"): full amounts did not fit
// between the ticks of a narrow chart. Ticks are round, so nothing is lost.
QString DashboardView::compactAmount(qint64 whole) {
    const QLocale locale;
    const qint64 magnitude = whole < 0 ? -whole : whole;
    if (magnitude >= 1'000'000)
        return tr("%1 M", "millions").arg(domain::fixed::format(whole / 100'000, 1, locale, 0));
    if (magnitude >= 10'000)
        return tr("%1 k", "thousands").arg(domain::fixed::format(whole / 100, 1, locale, 0));
    return domain::fixed::format(whole, 0, locale, 0);
}

void DashboardView::connectNavigation() {
    connect(m_salesTile, &QPushButton::clicked, this, [this] {
        const QDate today = m_figures.today;
        Q_EMIT periodChosen(QDate(today.year(), today.month(), 1), today);
    });
    connect(m_backlogTile, &QPushButton::clicked, this, [this] {
        Q_EMIT orderStateChosen(QString::fromUtf16(domain::order_state::kConfirmed));
    });
    connect(m_overdueTile, &QPushButton::clicked, this, &DashboardView::overdueChosen);
    connect(m_waitingTile, &QPushButton::clicked, this, &DashboardView::queueChosen);
    connect(m_months, &BarChartView::activated, this, &DashboardView::monthChosen);
    connect(m_states, &BarChartView::activated, this, [this](int index) {
        if (index < m_figures.ordersByState.size())
            Q_EMIT orderStateChosen(m_figures.ordersByState[index].status);
    });
    connect(m_aging, &BarChartView::activated, this, &DashboardView::agingBucketChosen);
    const auto rowKey = [](QTableView* table, const QModelIndex& index) {
        return table->model()->index(index.row(), Key).data().toString();
    };
    for (QTableView* table : {m_customers, m_products}) {
        auto open = [this, table, rowKey](const QModelIndex& index) {
            const QString key = rowKey(table, index);
            if (key.isEmpty())
                return;
            if (table == m_customers)
                Q_EMIT customerChosen(key);
            else
                Q_EMIT productChosen(key);
        };
        connect(table, &QTableView::clicked, this, open);
        connect(table, &QTableView::activated, this, open);
    }
}

void DashboardView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardView::reload() {
    m_refresh->stop();
    m_stale = false;
    auto figures = m_services.dashboard().figures(m_actor, QDate::currentDate());
    if (!figures) {
        m_error->setText(tr("The figures could not be read: %1").arg(figures.error().message));
        m_error->show();
        return;
    }
    m_error->hide();
    m_figures = std::move(*figures);
    m_asOf->setText(tr("as of %1").arg(QLocale().toString(m_figures.today, QLocale::LongFormat)));
    fillTiles();
    fillCharts();
    fillRanks();
}

bool DashboardView::byMargin() const {
    return m_byMargin->isChecked();
}

QString DashboardView::money(const domain::Money& amount) const {
    return amount.toString(QLocale());
}

void DashboardView::monthChosen(int index) {
    if (index < 0 || index >= m_figures.last12Months.size())
        return;
    const QDate first =
        QDate::fromString(m_figures.last12Months[index].month + QStringLiteral("-01"), Qt::ISODate);
    Q_EMIT periodChosen(first, first.addMonths(1).addDays(-1));
}

void DashboardView::agingBucketChosen(int index) {
    // What is not yet due is in the aging report by customer; past due is the overdue list.
    if (index == int(domain::AgingBucket::Current))
        Q_EMIT agingChosen();
    else
        Q_EMIT overdueChosen();
}

} // namespace mostrador::app
