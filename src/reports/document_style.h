// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QSizeF>
#include <QStringList>

class QPaintDevice;

namespace mostrador::reports {

// The look of every printed document: fonts, colours and distances in points.
struct Style {
    QFont body, bold, small, smallBold, title, number, company, totalBold;
    QColor text{0x1f, 0x23, 0x28}, muted{0x5f, 0x6b, 0x7a}, accent{0x2f, 0x5d, 0x8a};
    QColor rule{0xcf, 0xd5, 0xdc}, headerFill{0xec, 0xf1, 0xf6};
    qreal marginX = 42, marginTop = 36, marginBottom = 50;
    qreal cellPadX = 4, cellPadY = 3, gap = 14;
    QSizeF logoBox{150, 56};
    qreal signatureHeight = 54;
    Style();
};

// Text measured for one device in points (the device's units divided by its units per
// point), paragraphs broken into the lines that will be painted: the same function
// measures and paints, so the two never disagree.
class TextMeasure {
public:
    TextMeasure(QPaintDevice* device, qreal unitsPerPoint)
        : m_device(device)
        , m_units(unitsPerPoint) {}

    QPaintDevice* device() const { return m_device; }
    qreal unitsPerPoint() const { return m_units; }
    qreal lineHeight(const QFont& font) const;
    qreal ascent(const QFont& font) const;
    qreal width(const QFont& font, const QString& text) const;
    // `text` broken at word boundaries (mid-word only when a word alone is too wide)
    // into lines of at most `width` points; newlines start new lines. Empty text gives
    // no lines.
    QStringList wrap(const QFont& font, const QString& text, qreal width) const;

private:
    QPaintDevice* m_device;
    qreal m_units;
};

} // namespace mostrador::reports
