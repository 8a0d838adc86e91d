// SPDX-License-Identifier: MIT
#include "sample_quotation.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace mostrador::test {

using namespace domain;

namespace {

const QStringList kProducts{
    QStringLiteral("Tornillo hexagonal M6 x 40 zincado"),
    QStringLiteral("Arandela plana DIN 125 M8"),
    QStringLiteral("Taladro percutor 750 W con maletín"), QStringLiteral("Cinta métrica 5 m"),
    QStringLiteral("Juego de brocas para metal HSS de 1 a 10 mm en caja metálica con soporte "
                   "extraíble, 19 piezas, apto para acero, aluminio y cobre")};

DocumentLine lineAt(int i) {
    static const Percent rates[] = {Percent::fromWhole(21), Percent::fromWhole(10),
                                    Percent::fromWhole(4)};
    static const char* codes[] = {"IVA21", "IVA10", "IVA4"};
    DocumentLine l;
    l.id = i + 1;
    l.sku = QStringLiteral("SKU-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
    l.description = kProducts[i % kProducts.size()];
    l.unit = i % 3 == 0 ? QStringLiteral("kg") : QStringLiteral("u");
    l.qty = Quantity::fromThousandths(1000 * (1 + i % 7) + (i % 3 == 0 ? 500 : 0));
    l.unitPrice = UnitPrice::fromTenThousandths(12345 * (1 + i % 11) + 250);
    l.discount = i % 4 == 0 ? Percent::fromBasisPoints(750) : Percent();
    l.taxCode = QString::fromLatin1(codes[i % 3]);
    l.taxRate = rates[i % 3];
    return l;
}

QByteArray logoPng() {
    QImage image(300, 100, QImage::Format_ARGB32);
    image.fill(QColor(0x2f, 0x5d, 0x8a));
    QPainter p(&image);
    p.setPen(Qt::white);
    p.setFont(QFont(QStringLiteral("DejaVu Sans"), 28, QFont::Bold));
    p.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("FERREX"));
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

Quotation sampleQuotation(int lineCount, int revision) {
    Quotation q;
    q.number = QStringLiteral("Q-2026-00042");
    q.revision = revision;
    q.party.customerCode = QStringLiteral("C-00017");
    q.party.customerName = QStringLiteral("Construcciones Álvarez e Hijos S.A.");
    q.party.customerTaxId = QStringLiteral("A12345678");
    q.party.billingAddress = QStringLiteral("Calle Mayor 12, 3º B\n28013 Madrid\nEspaña");
    q.party.shippingAddress =
        QStringLiteral("Polígono Industrial Sur, nave 7\n28906 Getafe (Madrid)");
    q.party.paymentTermsCode = QStringLiteral("NET30");
    q.date = QDate(2026, 11, 27);
    q.validUntil = QDate(2026, 12, 27);
    q.salesperson = QStringLiteral("marta");
    q.notes = QStringLiteral("Prices include delivery to the site in Getafe.\n"
                             "Lead time: 5 working days from acceptance.");
    QList<PricedLine> priced;
    for (int i = 0; i < lineCount; ++i) {
        q.lines.append(lineAt(i));
        priced.append(q.lines.last().priced());
    }
    const DocumentTotals totals = computeTotals(priced, TaxRounding::PerLine, q.currency);
    for (int i = 0; i < lineCount; ++i) {
        q.lines[i].net = totals.lines[i].net;
        q.lines[i].tax = totals.lines[i].tax;
    }
    q.untaxed = totals.untaxed;
    q.tax = totals.tax;
    q.total = totals.total;
    q.taxGroups = totals.groups;
    return q;
}

CompanyProfile sampleCompany() {
    CompanyProfile c;
    c.name = QStringLiteral("Ferretería Ejemplo S.L.");
    c.address = QStringLiteral("Avenida de la Industria 45\n28108 Alcobendas (Madrid)");
    c.taxId = QStringLiteral("B87654321");
    c.email = QStringLiteral("ventas@ferrex.example");
    c.phone = QStringLiteral("+34 910 000 000");
    c.logoPng = logoPng();
    return c;
}

} // namespace mostrador::test
