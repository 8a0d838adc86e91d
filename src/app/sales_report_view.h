// SPDX-License-Identifier: MIT
#pragma once

#include "app/report_view.h"
#include "services/report_service.h"

class QComboBox;
class QDateEdit;

namespace mostrador::app {

// Reports → Sales… (Ctrl+Shift+S): invoiced sales less credit notes, their cost at the
// lines' unit cost and the margin, by customer, product, salesperson or month, over a
// period (presets: this month, last month, this year, the last 12 months, or any dates).
// Managers and accounting see everyone's sales and may pick one salesperson; a
// salesperson sees their own.
class SalesReportView : public ReportView {
    Q_OBJECT
public:
    enum class Period { ThisMonth, LastMonth, ThisYear, Last12Months, Custom };

    SalesReportView(services::Services& services, const domain::Actor& actor,
                    QWidget* parent = nullptr);

    QComboBox* groupingBox() const { return m_by; }
    QComboBox* periodBox() const { return m_period; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* salespersonBox() const { return m_salesperson; }
    const services::SalesReport& report() const { return m_report; }

    // The first and last day of a preset period, as of `today`.
    static std::pair<QDate, QDate> periodDates(Period period, QDate today);

protected:
    Status fill() override;
    QString reportTitle() const override;
    QString printedSubtitle() const override;
    QList<reports::TotalRow> printedTotals() const override;
    QString exportName() const override;

private:
    void buildFilters();
    void applyPeriod();
    void fillSalespeople();
    services::SalesReportQuery query() const;
    QList<ReportColumn> columnsFor(services::SalesGrouping by) const;
    QList<Cell> cellsOf(const services::SalesReportRow& row, services::SalesGrouping by) const;

    services::SalesReport m_report;
    bool m_seesEveryone = false;
    bool m_settingPeriod = false;
    QComboBox* m_by = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_salesperson = nullptr;
};

} // namespace mostrador::app
