// SPDX-License-Identifier: MIT
// Sample customers: Spanish trade names, tax ids with valid check characters,
// addresses in Spanish cities, one or two contacts each.
#include "services/demo_data.h"

#include <array>

namespace mostrador::services::demo {

using domain::Contact;
using domain::Customer;
using domain::Money;

namespace {

struct City {
    const char* name;
    const char* postcode; // province prefix
    const char* phone;    // landline prefix
};

constexpr std::array<City, 22> kCities{{
    {"Madrid", "28", "91"},     {"Barcelona", "08", "93"},        {"Valencia", "46", "96"},
    {"Sevilla", "41", "954"},   {"Zaragoza", "50", "976"},        {"Málaga", "29", "952"},
    {"Murcia", "30", "968"},    {"Palma", "07", "971"},           {"Bilbao", "48", "94"},
    {"Alicante", "03", "965"},  {"Córdoba", "14", "957"},         {"Valladolid", "47", "983"},
    {"Vigo", "36", "986"},      {"Gijón", "33", "985"},           {"Granada", "18", "958"},
    {"A Coruña", "15", "981"},  {"Vitoria-Gasteiz", "01", "945"}, {"Pamplona", "31", "948"},
    {"Santander", "39", "942"}, {"Salamanca", "37", "923"},       {"Burgos", "09", "947"},
    {"Logroño", "26", "941"},
}};

constexpr std::array<const char*, 16> kTrades{"Ferretería",     "Suministros Industriales",
                                              "Construcciones", "Reformas",
                                              "Talleres",       "Electricidad",
                                              "Fontanería",     "Pinturas",
                                              "Almacenes",      "Instalaciones",
                                              "Carpintería",    "Cerrajería",
                                              "Climatización",  "Materiales de Construcción",
                                              "Bricolaje",      "Mantenimientos"};

constexpr std::array<const char*, 32> kSurnames{
    "García", "Fernández", "González", "Rodríguez", "López",  "Martínez",  "Sánchez",
    "Pérez",  "Gómez",     "Martín",   "Jiménez",   "Ruiz",   "Hernández", "Díaz",
    "Moreno", "Muñoz",     "Álvarez",  "Romero",    "Alonso", "Gutiérrez", "Navarro",
    "Torres", "Domínguez", "Vázquez",  "Ramos",     "Gil",    "Ramírez",   "Serrano",
    "Blanco", "Molina",    "Castillo", "Ortega"};

constexpr std::array<const char*, 24> kFirstNames{
    "Antonio", "María",  "Manuel", "Carmen", "José",   "Ana",      "Francisco", "Laura",
    "David",   "Isabel", "Juan",   "Lucía",  "Javier", "Marta",    "Daniel",    "Elena",
    "Carlos",  "Pilar",  "Miguel", "Rosa",   "Pedro",  "Cristina", "Alberto",   "Sara"};

constexpr std::array<const char*, 14> kStreets{
    "Calle Mayor",          "Avenida de la Constitución", "Calle Real",           "Calle del Sol",
    "Avenida de Andalucía", "Calle San Francisco",        "Paseo de la Estación", "Calle Nueva",
    "Avenida de Europa",    "Calle de la Industria",      "Calle Cervantes",      "Ronda Norte",
    "Calle del Carmen",     "Avenida del Puerto"};

constexpr std::array<const char*, 6> kIndustrialParks{
    "Polígono Industrial El Prado",   "Polígono Industrial Los Olivos",
    "Polígono Industrial Norte",      "Parque Empresarial La Estrella",
    "Polígono Industrial San Isidro", "Polígono Industrial Las Arenas"};

constexpr std::array<const char*, 4> kContactRoles{"Compras", "Administración", "Gerencia",
                                                   "Almacén"};

// Lower-case ASCII letters only: "Ferretería García" → "ferreteriagarcia".
QString slug(const QString& text) {
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
    return out;
}

// A Spanish company tax id (CIF) with its control digit: A for S.A., B for S.L.
QString cif(QChar letter, qint64 number) {
    const QString digits = QString::number(number % 10000000).rightJustified(7, u'0');
    int sum = 0;
    for (int i = 0; i < 7; ++i) {
        const int d = digits[i].digitValue();
        if (i % 2 == 1) {
            sum += d;
        } else {
            const int twice = d * 2;
            sum += twice / 10 + twice % 10;
        }
    }
    return letter + digits + QString::number((10 - sum % 10) % 10);
}

// A Spanish personal tax id (NIF): eight digits and the check letter.
QString nif(qint64 number) {
    static const char letters[] = "TRWAGMYFPDXBNJZSQVHLCKE";
    const qint64 n = number % 100000000;
    return QString::number(n).rightJustified(8, u'0') + QChar::fromLatin1(letters[n % 23]);
}

QString phone(const City& city, qint64 index, quint64 salt) {
    const QString prefix = QString::fromLatin1(city.phone);
    const QString rest =
        QString::number(mix(index, salt) % 10000000).rightJustified(9 - int(prefix.size()), u'0');
    const QString all = prefix + rest;
    return QStringLiteral("+34 ") + all.left(3) + u' ' + all.mid(3, 3) + u' ' + all.mid(6);
}

QString address(const City& city, qint64 index, quint64 salt, bool industrial) {
    const QString postcode = QString::fromLatin1(city.postcode) +
                             QString::number(mix(index, salt) % 1000).rightJustified(3, u'0');
    const QString street =
        industrial ? utf8(pick(kIndustrialParks, index, salt + 1)) + QStringLiteral(", nave ") +
                         QString::number(1 + mix(index, salt + 2) % 40)
                   : utf8(pick(kStreets, index, salt + 1)) + QStringLiteral(", ") +
                         QString::number(1 + mix(index, salt + 2) % 120);
    return street + u'\n' + postcode + u' ' + utf8(city.name);
}

QList<Contact> contacts(qint64 index, const QString& domain) {
    QList<Contact> out;
    const int count = 1 + int(mix(index, 40) % 2);
    for (int i = 0; i < count; ++i) {
        const QString first = utf8(pick(kFirstNames, index, 41 + i));
        const QString last = utf8(pick(kSurnames, index, 51 + i));
        const QString mobile = QString::number(600000000 + mix(index, 61 + i) % 100000000);
        out.append({0, first + u' ' + last, utf8(pick(kContactRoles, index, 71 + i)),
                    slug(first) + u'.' + slug(last) + u'@' + domain,
                    QStringLiteral("+34 ") + mobile.left(3) + u' ' + mobile.mid(3, 3) + u' ' +
                        mobile.mid(6)});
    }
    return out;
}

} // namespace

Customer customer(qint64 index, const QString& code, const Catalogue& catalogue) {
    const City& city = pick(kCities, index, 1);
    const QString trade = utf8(pick(kTrades, index, 2));
    const QString surname = utf8(pick(kSurnames, index, 3));
    const quint64 shape = mix(index, 4) % 6;
    Customer c;
    c.code = code;
    switch (shape) {
    case 0:
        c.name = trade + QStringLiteral(" Hermanos ") + surname + QStringLiteral(" S.L.");
        break;
    case 1:
        c.name = trade + u' ' + surname + QStringLiteral(" e Hijos S.L.");
        break;
    case 2:
        c.name = trade + u' ' + utf8(city.name) + QStringLiteral(" S.A.");
        break;
    case 3:
        c.name = trade + u' ' + surname + QStringLiteral(" S.L.");
        break;
    case 4:
        c.name = surname + u' ' + utf8(pick(kSurnames, index, 5)) + QStringLiteral(" ") + trade +
                 QStringLiteral(" S.L.");
        break;
    default:
        c.name = utf8(pick(kFirstNames, index, 6)) + u' ' + surname + u' ' +
                 utf8(pick(kSurnames, index, 7));
        break;
    }
    // 7919 is a prime that divides neither 10^7 nor 9×10^7 − 1, so distinct indexes
    // (below 10^7) get distinct tax ids, spread over the whole range.
    const qint64 serial = (index * 7919 + 1234567) % 10000000;
    const bool person = shape == 5;
    c.taxId = shape == 2 ? cif(u'A', serial)
              : person   ? nif(10000000 + (index * 7919) % 89999999)
                         : cif(u'B', serial);
    const QString domain = slug(trade.section(u' ', 0, 0) + surname) + QStringLiteral(".es");
    // Self-employed people write from their own address; companies from their domain.
    c.email = person ? QString(slug(c.name.section(u' ', 0, 0)) + u'.' + slug(surname) +
                               QStringLiteral("@correo.es"))
                     : QString(QStringLiteral("pedidos@") + domain);
    c.phone = phone(city, index, 9);
    c.billingAddress = address(city, index, 10, false);
    c.shippingAddress = mix(index, 11) % 3 == 0 ? address(city, index, 12, true) : c.billingAddress;
    if (!catalogue.termCodes.isEmpty())
        c.paymentTermsCode =
            catalogue.termCodes[qsizetype(mix(index, 13) % catalogue.termCodes.size())];
    if (mix(index, 14) % 3 == 0)
        c.creditLimit =
            Money::fromMinor(qint64(3 + mix(index, 15) % 58) * 100000, catalogue.currency);
    c.contacts = contacts(index, domain);
    return c;
}

} // namespace mostrador::services::demo
