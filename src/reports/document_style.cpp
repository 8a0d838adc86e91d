// SPDX-License-Identifier: MIT
#include "reports/document_style.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace mostrador::reports {

namespace {

QFont font(qreal points, bool bold) {
    // DejaVu Sans ships with every Linux desktop and covers accents, € and ñ; the style
    // hint picks a similar sans serif elsewhere. The PDF embeds whichever is used.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setKerning(true);
    // No ligatures: with them "confirmation" is written with an "ﬁ" glyph that text
    // extraction and search read as U+FB01, and a printed word could not be found.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace

Style::Style()
    : body(font(8.5, false))
    , bold(font(8.5, true))
    , small(font(7.5, false))
    , smallBold(font(7.5, true))
    , title(font(18, true))
    , number(font(10.5, true))
    , company(font(11, true))
    , totalBold(font(9.5, true)) {}

qreal TextMeasure::lineHeight(const QFont& font) const {
    return QFontMetricsF(font, m_device).lineSpacing() / m_units;
}

qreal TextMeasure::ascent(const QFont& font) const {
    return QFontMetricsF(font, m_device).ascent() / m_units;
}

qreal TextMeasure::width(const QFont& font, const QString& text) const {
    return QFontMetricsF(font, m_device).horizontalAdvance(text) / m_units;
}

QStringList TextMeasure::wrap(const QFont& font, const QString& text, qreal width) const {
    QStringList out;
    if (text.isEmpty())
        return out;
    const QFontMetricsF metrics(font, m_device);
    const qreal limit = width * m_units;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const QString& paragraph : text.split(u'\n')) {
        if (metrics.horizontalAdvance(paragraph) <= limit) { // most cells: no layout needed
            out.append(paragraph.trimmed());
            continue;
        }
        QTextLayout layout(paragraph, font, m_device);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(limit);
            out.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    return out;
}

} // namespace mostrador::reports
