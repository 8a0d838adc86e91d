// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/money.h"
#include "services/sales_order_service.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mostrador::app {

// Asks for the words behind a decision on an order: a manager's reason to release or
// approve (required: OK stays disabled while it is empty), or why an order is cancelled
// (optional).
class OrderReasonDialog : public QDialog {
    Q_OBJECT
public:
    OrderReasonDialog(const QString& title, const QString& question, const QString& okText,
                      bool required, QWidget* parent = nullptr);

    QString reason() const;
    QPushButton* okButton() const { return m_ok; }

private:
    QPlainTextEdit* m_text;
    QPushButton* m_ok;
};

// Records a deposit against an order: the amount (in the locale's format, never above
// what the order still owes is for the service to say), the method, the date and a
// reference. OK stays disabled until the amount reads as a positive sum; a refusal of
// the service shows in the dialog, which stays open to correct it.
class DepositDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Status(const services::DepositInput&)>;

    DepositDialog(const QString& orderNumber, domain::Currency currency, domain::Money owed,
                  Submit submit, QWidget* parent = nullptr);

    QLineEdit* amountEdit() const { return m_amount; }
    QComboBox* methodBox() const { return m_method; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QPushButton* okButton() const { return m_ok; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    Result<domain::Money> amount() const;

    QString m_order;
    domain::Currency m_currency;
    Submit m_submit;
    QLineEdit* m_amount;
    QComboBox* m_method;
    QDateEdit* m_date;
    QLineEdit* m_reference;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace mostrador::app
