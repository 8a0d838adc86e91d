// SPDX-License-Identifier: MIT
#pragma once

#include "domain/customer.h"
#include "domain/product.h"

#include <QStringList>
#include <array>

namespace mostrador::services::demo {

// What the generated records may refer to: only codes that exist in the database.
struct Catalogue {
    QStringList termCodes; // payment terms to spread over customers (may be empty)
    QStringList taxCodes;  // existing tax rates
    QString generalTax;    // the tax most products take ("IVA21" when it exists)
    domain::Currency currency;
};

// A well-mixed, platform-independent number for each (index, salt) (SplitMix64), so
// every field of a sample record is a pure function of the record's index.
inline quint64 mix(qint64 index, quint64 salt) {
    quint64 z = quint64(index) * 0x9E3779B97F4A7C15ull + salt * 0xBF58476D1CE4E5B9ull + 1;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

template <class T, size_t N>
const T& pick(const std::array<T, N>& list, qint64 index, quint64 salt) {
    return list[mix(index, salt) % N];
}

inline QString utf8(const char* text) {
    return QString::fromUtf8(text);
}

// Realistic Spanish sample records. Each is a pure function of its index, so a load
// of N records is the same on every run and machine.
domain::Customer customer(qint64 index, const QString& code, const Catalogue& catalogue);
domain::Product product(qint64 index, const Catalogue& catalogue);
// The opening stock of a tracked sample product.
domain::Quantity openingStock(qint64 index, const domain::Product& product);

} // namespace mostrador::services::demo
