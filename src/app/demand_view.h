// SPDX-License-Identifier: MIT
#pragma once

#include "app/report_view.h"
#include "services/report_service.h"

class QDateEdit;

namespace mostrador::app {

// Reports → Production demand… (Ctrl+Shift+D): what confirmed orders still want of each
// stocked product, week by week (late lines count in the current week), against stock on
// hand: what is left available after each week and the shortfall to make or buy, shown
// in red. The week the plan starts from is that of the "Week of" date (today at first).
class DemandView : public ReportView {
    Q_OBJECT
public:
    enum Column { Sku, Product, Week, Demand, OnHand, Available, Shortfall };

    DemandView(services::Services& services, const domain::Actor& actor, QWidget* parent = nullptr);

    QDateEdit* todayEdit() const { return m_today; }
    const QList<services::DemandRow>& rows() const { return m_rows; }

protected:
    Status fill() override;
    QString reportTitle() const override;
    QString printedSubtitle() const override;
    QString exportName() const override;

private:
    QList<services::DemandRow> m_rows;
    QDateEdit* m_today = nullptr;
};

} // namespace mostrador::app
