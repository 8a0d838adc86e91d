// SPDX-License-Identifier: MIT
#pragma once

#include "domain/invoice.h"
#include "domain/user.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mostrador::services {
class Services;
}

namespace mostrador::app {

// Takes all or part of a payment back: the amount (what can still be charged back by
// default), the reason (dispute, bounced, deduction), the date and notes. Before OK it
// says what will happen, from domain::planChargeback: how much comes off the payment's
// unallocated credit and which invoices reopen by how much (newest allocation first).
// A refusal shows in the dialog and nothing changes.
class ChargebackDialog : public QDialog {
    Q_OBJECT
public:
    ChargebackDialog(services::Services& services, const domain::Actor& actor,
                     const QString& paymentNumber, QWidget* parent = nullptr);

    const domain::Payment& payment() const { return m_payment; }
    // The chargeback recorded; empty number until then.
    const domain::Chargeback& chargeback() const { return m_chargeback; }
    QLineEdit* amountEdit() const { return m_amount; }
    QComboBox* reasonBox() const { return m_reason; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QLabel* effectLabel() const { return m_effect; }
    QLabel* banner() const { return m_banner; }
    QPushButton* okButton() const { return m_ok; }

    bool save();
    void accept() override;

private:
    void buildUi();
    void load(const QString& number);
    void showEffect();
    Result<domain::Money> typedAmount() const;

    services::Services& m_services;
    domain::Actor m_actor;
    domain::Currency m_currency;
    domain::Payment m_payment;
    domain::Chargeback m_chargeback;

    QLabel* m_banner = nullptr;
    QLabel* m_summary = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_reason = nullptr;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_effect = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace mostrador::app
