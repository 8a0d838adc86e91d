// SPDX-License-Identifier: MIT
#include "bench_data.h"

#include <QFile>
#include <QRandomGenerator>
#include <array>

namespace mostrador::bench {

namespace {

constexpr std::array kKinds = {"Ferretería",   "Talleres",       "Distribuciones", "Comercial",
                               "Suministros",  "Construcciones", "Transportes",    "Almacenes",
                               "Electricidad", "Fontanería"};
constexpr std::array kSurnames = {"García", "Martínez",  "López",   "Sánchez", "Pérez",
                                  "Gómez",  "Martín",    "Jiménez", "Ruiz",    "Hernández",
                                  "Díaz",   "Moreno",    "Muñoz",   "Álvarez", "Romero",
                                  "Alonso", "Gutiérrez", "Navarro", "Torres",  "Domínguez"};
constexpr std::array kCities = {"Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza",
                                "Málaga", "Murcia",    "Palma",    "Bilbao",  "Alicante"};
constexpr std::array kSuffixes = {"S.L.", "S.A.", "S.Coop.", "e Hijos", "Hermanos"};

template <std::size_t N>
QByteArray pick(const std::array<const char*, N>& list, QRandomGenerator& rng) {
    return QByteArray(list[rng.bounded(int(N))]);
}

QByteArray row(int i, QRandomGenerator& rng) {
    const QByteArray n = QByteArray::number(i);
    const QByteArray city = pick(kCities, rng);
    const QByteArray name = pick(kKinds, rng) + ' ' + pick(kSurnames, rng) + ' ' +
                            pick(kSurnames, rng) + ' ' + pick(kSuffixes, rng);
    QByteArray out;
    out.reserve(200);
    out += "CU" + n.rightJustified(6, '0') + ",\"" + name + "\",B" + n.rightJustified(8, '0') +
           ",info" + n + "@example.com,+34 91" + QByteArray::number(rng.bounded(1000000, 9999999)) +
           ',' + QByteArray::number(rng.bounded(1, 500) * 100) + ".00,,," + "\"Calle " +
           pick(kSurnames, rng) + ' ' + QByteArray::number(rng.bounded(1, 200)) + "\n" + city +
           "\",\n";
    return out;
}

} // namespace

QByteArray customerCsv(int count) {
    QRandomGenerator rng(20240611);
    QByteArray csv = "code,name,tax_id,email,phone,credit_limit,payment_terms,price_list,"
                     "billing_address,shipping_address\n";
    csv.reserve(qsizetype(count) * 160);
    for (int i = 1; i <= count; ++i)
        csv += row(i, rng);
    return csv;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace mostrador::bench
