// SPDX-License-Identifier: MIT
#pragma once

#include "app/report_view.h"
#include "services/report_service.h"

class QDateEdit;
class QLineEdit;

namespace mostrador::app {

class LookupEdit;

// Reports → Backlog… (Ctrl+Shift+B): every order line confirmed and not yet shipped, by
// requested date, with its untaxed value and their total; filtered by requested date,
// customer and product. Enter or a double click on a row opens its order.
class BacklogView : public ReportView {
    Q_OBJECT
public:
    enum Column { Requested, Order, Customer, Sku, Product, Qty, Value };

    BacklogView(services::Services& services, const domain::Actor& actor,
                QWidget* parent = nullptr);

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    LookupEdit* customerFilter() const { return m_customer; }
    LookupEdit* productFilter() const { return m_product; }
    const services::BacklogReport& report() const { return m_report; }

Q_SIGNALS:
    // An order was opened from the report (after its editor closed).
    void orderOpened(const QString& number);

protected:
    Status fill() override;
    QString reportTitle() const override;
    QString printedSubtitle() const override;
    QList<reports::TotalRow> printedTotals() const override;
    QString exportName() const override;
    void rowActivated(const QString& key) override;

private:
    services::BacklogQuery query() const;

    services::BacklogReport m_report;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    LookupEdit* m_customer = nullptr;
    LookupEdit* m_product = nullptr;
};

} // namespace mostrador::app
