// SPDX-License-Identifier: MIT
#pragma once

#include "domain/document_totals.h"

#include <QLocale>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace mostrador::app {

// The totals of a sales document as a column of figures: untaxed, one line of tax per
// rate (with its base) and the total, in the locale's money format.
class TotalsPanel : public QWidget {
    Q_OBJECT
public:
    explicit TotalsPanel(QWidget* parent = nullptr);

    void setTotals(const domain::DocumentTotals& totals);
    QLabel* untaxedLabel() const { return m_untaxed; }
    QLabel* taxLabel() const { return m_tax; }
    QLabel* totalLabel() const { return m_total; }

private:
    QLabel* m_untaxed;
    QLabel* m_tax;
    QLabel* m_total;
    QLabel* m_groups;
    QLocale m_locale;
};

} // namespace mostrador::app
