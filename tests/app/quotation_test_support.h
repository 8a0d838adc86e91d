// SPDX-License-Identifier: MIT
#pragma once

#include "app/app_settings.h"
#include "app/application.h"
#include "app/document_grid.h"
#include "app/document_lines_model.h"
#include "app/quotation_editor.h"
#include "gui_test_support.h"
#include "services/services.h"
#include "support/test_db.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <optional>

namespace mostrador::test {

// A company with tax rates, payment terms, customers and products to quote, and the
// helpers that drive the quotation screens with key events only.
class QuotationTest : public ::testing::Test {
protected:
    void SetUp() override {
        QStandardPaths::setTestModeEnabled(true);
        app::initResources();
        // Lists start with their default columns and sort, whatever a test left.
        app::AppSettings().remove(QStringLiteral("lists/quotations"));
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        auto opened = services::Services::open(dir.filePath(QStringLiteral("quotes.db")));
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        s = std::move(*opened);
        domain::CompanyProfile company;
        company.name = QStringLiteral("Suministros Ruiz S.L.");
        auto actor = s->setup().initialize(company, QStringLiteral("admin"),
                                           QStringLiteral("secret-password"));
        ASSERT_TRUE(actor) << actor.error().message.toStdString();
        admin = *actor;
        ASSERT_NO_FATAL_FAILURE(addTaxesAndTerms(*s, admin, QStringLiteral("30 días")));
        addCustomer(QStringLiteral("FERR"), QStringLiteral("Ferretería Sol"));
        addCustomer(QStringLiteral("TALL"), QStringLiteral("Talleres Norte"));
        // SKU, name, price, cost, tax
        addProduct(QStringLiteral("TOR6"), QStringLiteral("Tornillo M6"), 2500, 1000, u"IVA21");
        addProduct(QStringLiteral("TUE6"), QStringLiteral("Tuerca M6"), 1000, 400, u"IVA21");
        addProduct(QStringLiteral("ARA6"), QStringLiteral("Arandela M6"), 500, 200, u"IVA21");
        addProduct(QStringLiteral("LIB1"), QStringLiteral("Libro de taller"), 2000000, 1200000,
                   u"IVA10");
        addProduct(QStringLiteral("CAJ1"), QStringLiteral("Caja organizadora"), 75000, 50000,
                   u"IVA21");
        addProduct(QStringLiteral("OFE1"), QStringLiteral("Taladro de oferta"), 100000, 150000,
                   u"IVA21"); // sold below cost
    }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }

    void addCustomer(const QString& code, const QString& name) {
        domain::Customer c;
        c.code = code;
        c.name = name;
        c.billingAddress = QStringLiteral("Calle Mayor 1\n28013 Madrid");
        c.paymentTermsCode = QStringLiteral("NET30");
        auto created = s->customers().create(admin, c);
        ASSERT_TRUE(created) << created.error().message.toStdString();
    }
    // Prices and costs in ten-thousandths.
    void addProduct(const QString& sku, const QString& name, qint64 price, qint64 cost,
                    const char16_t* tax) {
        domain::Product p;
        p.sku = sku;
        p.name = name;
        p.listPrice = domain::UnitPrice::fromTenThousandths(price);
        p.standardCost = domain::UnitPrice::fromTenThousandths(cost);
        p.taxCode = QString::fromUtf16(tax);
        p.tracked = false;
        auto created = s->products().create(admin, p);
        ASSERT_TRUE(created) << created.error().message.toStdString();
    }
    // A quotation made through the service, as another workstation would.
    domain::Quotation quote(const QString& customer, const QString& sku, int qty) {
        services::QuotationInput input;
        input.customerCode = customer;
        input.lines.append({sku, domain::Quantity::fromUnits(qty), {}, {}, {}, {}});
        auto created = s->quotations().create(admin, input);
        EXPECT_TRUE(created) << created.error().message.toStdString();
        return created.value_or(domain::Quotation{});
    }

    static void showActive(QWidget& w) {
        w.show();
        QApplication::setActiveWindow(&w);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    }
    static QWidget* focused() { return QApplication::focusWidget(); }
    static void type(const QString& text) { QTest::keyClicks(focused(), text); }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(focused(), key, modifiers);
        QTest::qWait(1); // the grid moves on in a queued call
    }

    // Runs `act` on the next modal dialog, leaving it to `act` to close it.
    static void whenModal(std::function<void(QDialog*)> act, int attempts = 300) {
        QTimer::singleShot(10, [act = std::move(act), attempts] {
            auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!modal) {
                if (attempts > 0)
                    whenModal(act, attempts - 1);
                return;
            }
            act(modal);
        });
    }

    QTemporaryDir dir;
    std::unique_ptr<services::Services> s;
    domain::Actor admin;
};

// The quotation editor driven from the keyboard, with helpers for the lines grid.
class QuotationEditorTest : public QuotationTest {
protected:
    using Model = app::DocumentLinesModel;

    // Opens quotation `number` (empty: a new one) for `actor` (default: the admin) in an
    // editor shown as the active window; the editor lives until the test ends.
    app::QuotationEditor& openEditor(const QString& number = {},
                                     std::optional<domain::Actor> actor = std::nullopt) {
        shownEditor = std::make_unique<app::QuotationEditor>(*s, actor.value_or(admin), number);
        showActive(*shownEditor);
        return *shownEditor;
    }
    // A new quotation with `customer` typed and taken with Enter: the lines come next.
    app::QuotationEditor& newQuotation(const QString& customer,
                                       std::optional<domain::Actor> actor = std::nullopt) {
        app::QuotationEditor& e = openEditor({}, std::move(actor));
        type(customer);
        press(Qt::Key_Return);
        return e;
    }
    // Waits until the grid has an open editor in `column` of `row`.
    static bool editing(app::QuotationEditor& e, int row, int column) {
        return QTest::qWaitFor(
            [&] {
                const QModelIndex current = e.grid()->currentIndex();
                return e.grid()->isEditing() && current.row() == row &&
                       current.column() == column && qobject_cast<QLineEdit*>(focused());
            },
            2000);
    }
    // `sku` typed in the SKU cell of `row` and taken with Enter: the quantity cell opens.
    static void pickProduct(app::QuotationEditor& e, int row, const QString& sku) {
        ASSERT_TRUE(editing(e, row, Model::Sku)) << row;
        type(sku);
        press(Qt::Key_Return);
        ASSERT_TRUE(editing(e, row, Model::Qty)) << sku.toStdString();
    }
    // One line from the keyboard: SKU, Enter, quantity, Enter, then Enter past the price
    // and the discount (or the discount typed), ending in the next line's SKU cell.
    static void enterLine(app::QuotationEditor& e, int row, const QString& sku, const QString& qty,
                          const QString& discount = {}) {
        ASSERT_NO_FATAL_FAILURE(pickProduct(e, row, sku));
        type(qty);
        press(Qt::Key_Return);
        ASSERT_TRUE(editing(e, row, Model::UnitPrice));
        press(Qt::Key_Return);
        ASSERT_TRUE(editing(e, row, Model::Discount));
        if (!discount.isEmpty())
            type(discount);
        press(Qt::Key_Return);
    }
    static QString bannerText(const app::QuotationEditor& e) { return e.banner()->text(); }

    std::unique_ptr<app::QuotationEditor> shownEditor;
};

} // namespace mostrador::test
