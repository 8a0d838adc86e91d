// SPDX-License-Identifier: MIT
// Windows on a 1400x900 screen (this suite's platform): they open showing every column.
#include "app/aging_view.h"
#include "payment_gui_support.h"

#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QTableView>

using namespace mostrador;
using namespace mostrador::app;

namespace {

class WideScreenTest : public test::PaymentGuiTest {};

// Whether every column lies inside the table's viewport, none cut at the right.
bool showsEveryColumn(const QTableView& table) {
    const QHeaderView* header = table.horizontalHeader();
    const int last = header->logicalIndexAt(header->length() - 1);
    return header->sectionViewportPosition(last) + header->sectionSize(last) <=
               table.viewport()->width() &&
           table.horizontalScrollBar()->maximum() == 0;
}

} // namespace

TEST_F(WideScreenTest, TheAgingReportOpensWithEveryColumnInView) {
    ASSERT_EQ(QGuiApplication::primaryScreen()->availableGeometry().width(), 1400);
    // A long name, as the demo company has: the Total and Credit columns were cut off.
    domain::Customer c = test::sampleCustomer(QStringLiteral("LARGO"));
    c.name = QStringLiteral("Materiales de Construcción Gutiérrez e Hijos S.L.");
    ASSERT_TRUE(s().customers().create(admin, c));
    invoice(QStringLiteral("LARGO"), 123456, -40);
    invoice(QStringLiteral("ALFA"), 10000, 10);
    AgingView view(s(), accounting);
    showActive(view);
    EXPECT_TRUE(showsEveryColumn(*view.table())) << "window " << view.width() << " px, columns "
                                                 << view.table()->horizontalHeader()->length();
    EXPECT_LE(view.frameGeometry().width(), 1400);
}
