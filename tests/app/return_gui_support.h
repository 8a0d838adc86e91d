// SPDX-License-Identifier: MIT
#pragma once

#include "payment_gui_support.h"

#include <QTranslator>

namespace mostrador::test {

// The application's Spanish texts while it lives, for screenshots at Spanish widths;
// widgets made meanwhile are in Spanish.
class SpanishTexts {
public:
    SpanishTexts() {
        m_installed = m_translator.load(QLocale(QLocale::Spanish, QLocale::Spain),
                                        QStringLiteral("mostrador"), QStringLiteral("_"),
                                        QStringLiteral(":/i18n")) &&
                      QCoreApplication::installTranslator(&m_translator);
    }
    ~SpanishTexts() {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }
    bool installed() const { return m_installed; }

private:
    QTranslator m_translator;
    bool m_installed = false;
};

// The returns screens over the receivables fixture, in Spanish: orders shipped whole by
// the warehouse user, invoiced and posted by accounting, returns through the service.
// TOR-M6 is 10.00 € + 21 % (12.10 € a unit with tax).
class ReturnGuiTest : public PaymentGuiTest {
protected:
    void SetUp() override {
        for (const char* key : {"lists/returns", "lists/credit-notes"})
            app::AppSettings().remove(QLatin1String(key));
        PaymentGuiTest::SetUp();
    }

    domain::Shipment shipAll(const QString& customer, QList<services::LineInput> lines) {
        const domain::SalesOrder o = confirmed(customer, std::move(lines));
        services::ShipmentInput in;
        in.orderNumber = o.number;
        auto made = s().shipments().create(warehouse, in);
        EXPECT_TRUE(made) << (made ? "" : made.error().message.toStdString());
        return made ? *made : domain::Shipment{};
    }
    domain::Invoice invoiceAll(const QString& order) {
        auto inv = s().invoices().createAndPost(accounting, {order});
        EXPECT_TRUE(inv) << (inv ? "" : inv.error().message.toStdString());
        return inv ? *inv : domain::Invoice{};
    }
    domain::Return returned(const QString& shipment, const QString& sku, qint64 qty,
                            const QString& reason = QStringLiteral("Wrong item")) {
        services::ReturnInput in;
        in.shipmentNumber = shipment;
        in.lines = {{sku, units(qty)}};
        in.reason = reason;
        auto r = s().returns().create(warehouse, in);
        EXPECT_TRUE(r) << (r ? "" : r.error().message.toStdString());
        return r ? *r : domain::Return{};
    }
    domain::CreditNote note(const QString& number) {
        auto n = s().returns().creditNote(accounting, number);
        EXPECT_TRUE(n) << (n ? "" : n.error().message.toStdString());
        return n ? *n : domain::CreditNote{};
    }
};

} // namespace mostrador::test
