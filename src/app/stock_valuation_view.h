// SPDX-License-Identifier: MIT
#pragma once

#include "app/report_view.h"
#include "services/report_service.h"

namespace mostrador::app {

// Reports → Stock valuation… (Ctrl+Shift+V): every stocked product with stock on hand,
// by category, valued at its standard cost (on hand × cost, rounded to the cent), and
// the total value of the stock. Needs the ViewReports permission.
class StockValuationView : public ReportView {
    Q_OBJECT
public:
    enum Column { Category, Sku, Product, OnHand, UnitCost, Value };

    StockValuationView(services::Services& services, const domain::Actor& actor,
                       QWidget* parent = nullptr);

    const services::StockValuation& report() const { return m_report; }

protected:
    Status fill() override;
    QString reportTitle() const override;
    QString printedSubtitle() const override;
    QList<reports::TotalRow> printedTotals() const override;
    QString exportName() const override;

private:
    services::StockValuation m_report;
};

} // namespace mostrador::app
