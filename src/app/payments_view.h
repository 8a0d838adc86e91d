// SPDX-License-Identifier: MIT
#pragma once

#include "app/list_page.h"
#include "domain/user.h"

class QComboBox;
class QDateEdit;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

class LookupEdit;
class PaymentSource;

// The Payments section (Ctrl+8): money received from customers (and refunds paid back,
// with their negative amount), newest first, searched by number, reference or customer
// and filtered by customer, method and date range. New payment… (Ctrl+N) records one
// with its allocation; Enter or a double click opens a payment; Chargeback… takes all or
// part of the selected payment back; Apply credit… allocates the selected payment's
// customer's credit. Those who may not record payments see the writing buttons disabled.
class PaymentsView : public ListPage {
    Q_OBJECT
public:
    PaymentsView(services::Services& services, const domain::Actor& actor,
                 QWidget* parent = nullptr);

    LookupEdit* customerFilter() const { return m_customer; }
    QComboBox* methodFilter() const { return m_method; }
    QDateEdit* fromFilter() const { return m_from; }
    QDateEdit* toFilter() const { return m_to; }
    QPushButton* chargebackButton() const { return m_chargeback; }
    QPushButton* applyCreditButton() const { return m_applyCredit; }

    // The actions of the buttons, also for tests.
    void newPayment();
    void openPayment(const QString& number);
    void chargebackSelected();
    void applyCreditSelected();

protected:
    void createRecord() override { newPayment(); }
    void editRecord(const QString& number) override { openPayment(number); }
    QString exportName() const override { return tr("payments"); }

private:
    PaymentsView(services::Services& services, const domain::Actor& actor, PaymentSource* source,
                 QWidget* parent);
    void buildFilters();
    void buildButtons();
    void applyFilters();
    void updateActions();
    // The current row's figure in a money column, in minor units.
    qint64 currentMinor(int column) const;

    services::Services& m_services;
    domain::Actor m_actor;
    PaymentSource* m_source; // owned by the model
    bool m_canRecord = false;
    LookupEdit* m_customer = nullptr;
    QComboBox* m_method = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_chargeback = nullptr;
    QPushButton* m_applyCredit = nullptr;
};

} // namespace mostrador::app
