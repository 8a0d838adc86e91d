// SPDX-License-Identifier: MIT
#include "app/sales_report_view.h"

#include "app/cells.h"
#include "app/document_filters.h"
#include "domain/fixed_decimal.h"
#include "reports/document_text.h"
#include "services/services.h"

#include <QComboBox>
#include <QDateEdit>

namespace mostrador::app {

using domain::Money;
using reports::ColumnKind;
using services::SalesGrouping;

namespace {

// margin / sales as a percentage to one decimal ("34,2 %"); nothing when nothing was sold.
Cell marginShare(Money margin, Money sales, const QLocale& locale) {
    if (sales.isZero())
        return {};
    const qint64 tenths =
        domain::fixed::divideRounded(domain::Int128(margin.minor()) * 1000, sales.minor());
    return {SalesReportView::tr("%1 %").arg(domain::fixed::format(tenths, 1, locale, 1)), tenths,
            domain::fixed::formatPlain(tenths, 1, 1)};
}

} // namespace

SalesReportView::SalesReportView(services::Services& services, const domain::Actor& actor,
                                 QWidget* parent)
    : ReportView(services, actor, QStringLiteral("salesReportView"), parent)
    , m_seesEveryone(actor.require(domain::Permission::ViewReports).has_value()) {
    setColumns(columnsFor(SalesGrouping::Customer));
    buildFilters();
    finish();
    reloadOn({QStringLiteral("invoice"), QStringLiteral("credit_note")});
}

void SalesReportView::buildFilters() {
    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("groupingBox"));
    m_by->addItem(tr("Customer"), int(SalesGrouping::Customer));
    m_by->addItem(tr("Product"), int(SalesGrouping::Product));
    m_by->addItem(tr("Salesperson"), int(SalesGrouping::Salesperson));
    m_by->addItem(tr("Month"), int(SalesGrouping::Month));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodBox"));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last month"), int(Period::LastMonth));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Last 12 months"), int(Period::Last12Months));
    m_period->addItem(tr("Other dates"), int(Period::Custom));
    m_from = makeDateFilter(this, QStringLiteral("fromEdit"), tr("First sale"));
    m_to = makeDateFilter(this, QStringLiteral("toEdit"), tr("Last sale"));
    m_salesperson = new QComboBox(this);
    m_salesperson->setObjectName(QStringLiteral("salespersonBox"));
    fillSalespeople();
    m_period->setCurrentIndex(int(Period::ThisYear));
    applyPeriod();

    connect(m_by, &QComboBox::currentIndexChanged, this, [this] { reloadSoon(); });
    connect(m_salesperson, &QComboBox::currentIndexChanged, this, [this] { reloadSoon(); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        applyPeriod();
        reloadSoon();
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_settingPeriod)
                m_period->setCurrentIndex(int(Period::Custom));
        });
    addFilter(tr("&By"), m_by);
    addFilter(tr("P&eriod"), m_period);
    addFilter(tr("&From"), m_from);
    addFilter(tr("&to"), m_to);
    addFilter(tr("Sales&person"), m_salesperson);
}

// Everyone's names for those who see everyone's sales; a salesperson's own otherwise.
void SalesReportView::fillSalespeople() {
    if (!m_seesEveryone) {
        m_salesperson->addItem(m_actor.name, m_actor.name);
        m_salesperson->setEnabled(false);
        return;
    }
    m_salesperson->addItem(tr("Everyone"), QString());
    auto people = m_services.reports().sales(m_actor, {{}, {}, SalesGrouping::Salesperson, {}});
    if (!people)
        return;
    QStringList names;
    for (const services::SalesReportRow& r : people->rows)
        names << r.key;
    names.sort(Qt::CaseInsensitive);
    for (const QString& name : names)
        m_salesperson->addItem(name, name);
}

std::pair<QDate, QDate> SalesReportView::periodDates(Period period, QDate today) {
    const QDate month(today.year(), today.month(), 1);
    const QDate monthEnd = month.addMonths(1).addDays(-1);
    switch (period) {
    case Period::ThisMonth:
        return {month, monthEnd};
    case Period::LastMonth:
        return {month.addMonths(-1), month.addDays(-1)};
    case Period::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case Period::Last12Months:
        return {month.addMonths(-11), monthEnd};
    case Period::Custom:
        break;
    }
    return {};
}

void SalesReportView::applyPeriod() {
    const auto period = static_cast<Period>(m_period->currentData().toInt());
    if (period == Period::Custom)
        return;
    const auto [from, to] = periodDates(period, QDate::currentDate());
    m_settingPeriod = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingPeriod = false;
}

services::SalesReportQuery SalesReportView::query() const {
    return {dateOf(m_from), dateOf(m_to), static_cast<SalesGrouping>(m_by->currentData().toInt()),
            m_salesperson->currentData().toString()};
}

QList<ReportView::ReportColumn> SalesReportView::columnsFor(SalesGrouping by) const {
    QList<ReportColumn> columns;
    switch (by) {
    case SalesGrouping::Customer:
        columns = {{tr("Customer"), ColumnKind::Text, 12, 1.2},
                   {tr("Name"), ColumnKind::Text, 30, 3}};
        break;
    case SalesGrouping::Product:
        columns = {{tr("SKU"), ColumnKind::Text, 12, 1.4},
                   {tr("Product"), ColumnKind::Text, 30, 3},
                   {tr("Quantity"), ColumnKind::Quantity, 10, 1}};
        break;
    case SalesGrouping::Salesperson:
        columns = {{tr("Salesperson"), ColumnKind::Text, 24, 2.4}};
        break;
    case SalesGrouping::Month:
        columns = {{tr("Month"), ColumnKind::Text, 18, 1.8}};
        break;
    }
    columns += {{tr("Sales"), ColumnKind::Money, 14, 1.3},
                {tr("Cost"), ColumnKind::Money, 14, 1.3},
                {tr("Margin"), ColumnKind::Money, 14, 1.3},
                {tr("Margin %"), ColumnKind::Text, 9, 0.9, true}};
    return columns;
}

QList<Cell> SalesReportView::cellsOf(const services::SalesReportRow& row, SalesGrouping by) const {
    const QLocale locale;
    QList<Cell> cells;
    if (by == SalesGrouping::Month) {
        const QDate month = QDate::fromString(row.key + QStringLiteral("-01"), Qt::ISODate);
        cells << Cell{locale.toString(month, QStringLiteral("MMMM yyyy")), row.key, row.key};
    } else {
        cells << Cell::text(row.key);
    }
    if (by == SalesGrouping::Customer || by == SalesGrouping::Product)
        cells << Cell::text(row.name);
    if (by == SalesGrouping::Product)
        cells << cells::quantity(row.qty, locale);
    cells << cells::money(row.sales, locale) << cells::money(row.cost, locale)
          << cells::money(row.margin, locale) << marginShare(row.margin, row.sales, locale);
    return cells;
}

Status SalesReportView::fill() {
    const services::SalesReportQuery q = query();
    setColumns(columnsFor(q.by));
    auto report = m_services.reports().sales(m_actor, q);
    if (!report) {
        m_report = {};
        return fail(report.error());
    }
    m_report = std::move(*report);
    for (const services::SalesReportRow& r : m_report.rows)
        appendRow(cellsOf(r, q.by), r.key);
    services::SalesReportRow total{tr("Total"),    {}, {}, m_report.sales, m_report.cost,
                                   m_report.margin};
    QList<Cell> cells =
        cellsOf(total, q.by == SalesGrouping::Month ? SalesGrouping::Salesperson : q.by);
    if (q.by == SalesGrouping::Product)
        cells[2] = blank(); // the products' quantities add up to nothing meaningful
    appendTotalRow(cells);
    return {};
}

QString SalesReportView::reportTitle() const {
    return tr("Sales");
}

QString SalesReportView::printedSubtitle() const {
    const QLocale locale;
    const services::SalesReportQuery q = query();
    QString text = tr("by %1, %2 – %3")
                       .arg(m_by->currentText().toLower(),
                            q.from.isValid() ? reports::printedDate(q.from, locale) : QString(),
                            q.to.isValid() ? reports::printedDate(q.to, locale) : QString());
    if (!q.salesperson.isEmpty())
        text += tr(" · salesperson %1").arg(q.salesperson);
    return text;
}

QList<reports::TotalRow> SalesReportView::printedTotals() const {
    const QLocale locale;
    return {{tr("Sales"), m_report.sales.toString(locale), false},
            {tr("Cost"), m_report.cost.toString(locale), false},
            {tr("Margin"), m_report.margin.toString(locale), true}};
}

QString SalesReportView::exportName() const {
    return tr("sales-by-%1").arg(m_by->currentText().toLower());
}

} // namespace mostrador::app
