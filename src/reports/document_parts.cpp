// SPDX-License-Identifier: MIT
#include "reports/document_parts.h"

#include <QPainter>
#include <algorithm>
#include <numeric>

namespace mostrador::reports {

namespace {

Qt::Alignment qtAlign(Align align) {
    switch (align) {
    case Align::Center:
        return Qt::AlignHCenter;
    case Align::Right:
        return Qt::AlignRight;
    case Align::Left:
        break;
    }
    return Qt::AlignLeft;
}

} // namespace

DocumentParts::DocumentParts(const PrintedDocument& doc, const Style& style,
                             const TextMeasure& measure, QSizeF page)
    : m_doc(doc)
    , m_style(style)
    , m_measure(measure)
    , m_page(page) {
    if (!doc.company.logoPng.isEmpty())
        m_logo = QImage::fromData(doc.company.logoPng);
}

qreal DocumentParts::text(const QFont& font, const QColor& color, qreal x, qreal y, qreal width,
                          const QStringList& lines, Align align) {
    const qreal lineHeight = m_measure.lineHeight(font);
    if (m_painter) {
        const qreal u = m_measure.unitsPerPoint();
        m_painter->setFont(font);
        m_painter->setPen(color);
        for (int i = 0; i < lines.size(); ++i)
            m_painter->drawText(QRectF(x * u, (y + i * lineHeight) * u, width * u, lineHeight * u),
                                qtAlign(align) | Qt::AlignTop, lines[i]);
    }
    return lines.size() * lineHeight;
}

qreal DocumentParts::wrapped(const QFont& font, const QColor& color, qreal x, qreal y, qreal width,
                             const QString& text, Align align) {
    return this->text(font, color, x, y, width, m_measure.wrap(font, text, width), align);
}

void DocumentParts::rule(qreal x1, qreal x2, qreal y, const QColor& color, qreal width) {
    if (!m_painter)
        return;
    const qreal u = m_measure.unitsPerPoint();
    m_painter->setPen(QPen(color, width * u));
    m_painter->drawLine(QPointF(x1 * u, y * u), QPointF(x2 * u, y * u));
}

qreal DocumentParts::header(qreal y) {
    const qreal width = contentWidth();
    const qreal company = companyBlock(y, width * 0.55);
    const qreal title = titleBlock(y, width * 0.42);
    const qreal top = y + qMax(company, title) + m_style.gap;
    return top + addresses(top) - y;
}

qreal DocumentParts::companyBlock(qreal top, qreal width) {
    qreal y = top;
    if (!m_logo.isNull()) {
        const QSizeF size = QSizeF(m_logo.size()).scaled(m_style.logoBox, Qt::KeepAspectRatio);
        const qreal u = m_measure.unitsPerPoint();
        if (m_painter)
            m_painter->drawImage(QRectF(left() * u, y * u, size.width() * u, size.height() * u),
                                 m_logo);
        y += size.height() + 8;
    }
    y += wrapped(m_style.company, m_style.text, left(), y, width, m_doc.company.name);
    y += 2;
    for (const QString& line : m_doc.company.lines)
        y += wrapped(m_style.small, m_style.muted, left(), y, width, line);
    return y - top;
}

// Title and number right-aligned, then the fields: labels left, values right.
qreal DocumentParts::titleBlock(qreal top, qreal width) {
    const qreal x = left() + contentWidth() - width;
    qreal y = top;
    y += wrapped(m_style.title, m_style.accent, x, y, width, m_doc.title, Align::Right);
    y += wrapped(m_style.number, m_style.text, x, y, width, m_doc.number, Align::Right);
    y += 8;
    const qreal labelWidth = width * 0.42;
    const qreal shift = m_measure.ascent(m_style.body) - m_measure.ascent(m_style.small);
    for (const Field& f : m_doc.fields) {
        const qreal label =
            wrapped(m_style.small, m_style.muted, x, y + shift, labelWidth - 6, f.label) + shift;
        const qreal value = wrapped(m_style.body, m_style.text, x + labelWidth, y,
                                    width - labelWidth, f.value, Align::Right);
        y += qMax(label, value) + 2;
    }
    return y - top;
}

// Up to three blocks side by side, each under a thin accent rule.
qreal DocumentParts::addresses(qreal top) {
    const auto& blocks = m_doc.addresses;
    const int perRow = qMin<int>(blocks.size(), 3);
    if (perRow == 0)
        return 0;
    const qreal width = (contentWidth() - (perRow - 1) * m_style.gap) / perRow;
    qreal y = top;
    for (int first = 0; first < blocks.size(); first += perRow) {
        qreal rowHeight = 0;
        for (int i = first; i < qMin<int>(first + perRow, blocks.size()); ++i) {
            const qreal x = left() + (i - first) * (width + m_style.gap);
            rule(x, x + width, y, m_style.accent, 1);
            qreal h =
                5 + wrapped(m_style.smallBold, m_style.muted, x, y + 5, width, blocks[i].title);
            h += 2;
            for (const QString& line : blocks[i].lines)
                h += wrapped(m_style.body, m_style.text, x, y + h, width, line);
            rowHeight = qMax(rowHeight, h);
        }
        y += rowHeight + m_style.gap;
    }
    return y - top;
}

qreal DocumentParts::runningHeader(qreal y) {
    const qreal width = contentWidth();
    const qreal h =
        qMax(wrapped(m_style.bold, m_style.text, left(), y, width * 0.5, m_doc.company.name),
             wrapped(m_style.bold, m_style.accent, left() + width * 0.5, y, width * 0.5,
                     m_doc.caption(), Align::Right));
    rule(left(), left() + width, y + h + 3, m_style.accent, 0.8);
    return h + 3 + m_style.gap;
}

QList<qreal> DocumentParts::widths(const Table& table, qreal width) const {
    return columnWidths(table.columns, width);
}

MeasuredRow DocumentParts::measureRow(const QStringList& cells, const QList<qreal>& widths,
                                      const QFont& font) const {
    MeasuredRow row;
    qsizetype lines = 1;
    for (int i = 0; i < widths.size(); ++i) {
        row.cells.append(m_measure.wrap(font, cells.value(i), widths[i] - 2 * m_style.cellPadX));
        lines = qMax(lines, row.cells.last().size());
    }
    row.height = lines * m_measure.lineHeight(font) + 2 * m_style.cellPadY;
    return row;
}

qreal DocumentParts::row(const Table& table, const QList<qreal>& widths, const MeasuredRow& row,
                         qreal x, qreal y, bool isHeader) {
    const qreal total = std::accumulate(widths.begin(), widths.end(), qreal(0));
    if (m_painter && isHeader) {
        const qreal u = m_measure.unitsPerPoint();
        m_painter->fillRect(QRectF(x * u, y * u, total * u, row.height * u), m_style.headerFill);
    }
    const QFont& font = isHeader ? m_style.smallBold : m_style.body;
    qreal cellX = x;
    for (int i = 0; i < widths.size(); ++i) {
        text(font, isHeader ? m_style.muted : m_style.text, cellX + m_style.cellPadX,
             y + m_style.cellPadY, widths[i] - 2 * m_style.cellPadX, row.cells.value(i),
             table.columns[i].align);
        cellX += widths[i];
    }
    rule(x, x + total, y + row.height, m_style.rule, 0.5);
    return row.height;
}

qreal DocumentParts::table(const Table& table, qreal x, qreal y, qreal width) {
    const QList<qreal> w = widths(table, width);
    QStringList titles;
    for (const Column& c : table.columns)
        titles.append(c.title);
    qreal h = row(table, w, measureRow(titles, w, m_style.smallBold), x, y, true);
    for (const QStringList& cells : table.rows)
        h += row(table, w, measureRow(cells, w, m_style.body), x, y + h, false);
    return h;
}

qreal DocumentParts::totals(qreal top) {
    const qreal y = top + m_style.gap;
    const qreal width = contentWidth();
    const qreal summary =
        m_doc.taxSummary.rows.isEmpty() ? 0 : table(m_doc.taxSummary, left(), y, width * 0.5);
    const qreal rowsWidth = width * 0.4;
    const qreal totals = totalRows(left() + width - rowsWidth, y, rowsWidth);
    return m_style.gap + qMax(summary, totals);
}

qreal DocumentParts::totalRows(qreal x, qreal top, qreal width) {
    qreal y = top;
    const qreal pad = m_style.cellPadX;
    for (const TotalRow& t : m_doc.totals) {
        const QFont& font = t.emphasized ? m_style.totalBold : m_style.body;
        if (t.emphasized) {
            rule(x, x + width, y + 1, m_style.accent, 0.8);
            y += 3;
        }
        const qreal label =
            wrapped(font, m_style.text, x + pad, y + m_style.cellPadY, width * 0.55 - pad, t.label);
        const qreal value = wrapped(font, m_style.text, x + width * 0.55, y + m_style.cellPadY,
                                    width * 0.45 - pad, t.value, Align::Right);
        y += qMax(label, value) + 2 * m_style.cellPadY;
    }
    return y - top;
}

// A title, its fields two to a row (label, then value), then the signature boxes.
qreal DocumentParts::extra(int index, qreal top) {
    const ExtraBlock& block = m_doc.extras[index];
    const qreal width = contentWidth();
    qreal y = top + m_style.gap;
    y += wrapped(m_style.bold, m_style.accent, left(), y, width, block.title) + 3;
    const qreal column = (width - m_style.gap) / 2;
    const qreal labelWidth = column * 0.35;
    const qreal shift = m_measure.ascent(m_style.body) - m_measure.ascent(m_style.small);
    for (int i = 0; i < block.fields.size(); i += 2) {
        qreal rowHeight = 0;
        for (int k = i; k < qMin<int>(i + 2, block.fields.size()); ++k) {
            const qreal x = left() + (k - i) * (column + m_style.gap);
            const Field& f = block.fields[k];
            const qreal label = shift + wrapped(m_style.small, m_style.muted, x, y + shift,
                                                labelWidth - 6, f.label);
            const qreal value = wrapped(m_style.body, m_style.text, x + labelWidth, y,
                                        column - labelWidth, f.value);
            rowHeight = std::max({rowHeight, label, value});
        }
        y += rowHeight + 2;
    }
    return y - top + signatures(block.signatures, y);
}

qreal DocumentParts::signatures(const QStringList& captions, qreal top) {
    if (captions.isEmpty())
        return 0;
    const qreal y = top + 8;
    const qreal width =
        (contentWidth() - (captions.size() - 1) * m_style.gap) / qreal(captions.size());
    qreal captionHeight = 0;
    for (int i = 0; i < captions.size(); ++i) {
        const qreal x = left() + i * (width + m_style.gap);
        if (m_painter) {
            const qreal u = m_measure.unitsPerPoint();
            m_painter->setPen(QPen(m_style.rule, 0.8 * u));
            m_painter->setBrush(Qt::NoBrush);
            m_painter->drawRect(QRectF(x * u, y * u, width * u, m_style.signatureHeight * u));
        }
        captionHeight = qMax(captionHeight, wrapped(m_style.small, m_style.muted, x,
                                                    y + m_style.signatureHeight + 2, width,
                                                    captions[i], Align::Center));
    }
    return 8 + m_style.signatureHeight + 2 + captionHeight;
}

QStringList DocumentParts::sectionLines(int index) const {
    return m_measure.wrap(m_style.body, m_doc.sections[index].text, contentWidth());
}

qreal DocumentParts::sectionStart(int index, const QString& firstLine, qreal top) {
    qreal y = top + m_style.gap;
    y += wrapped(m_style.bold, m_style.accent, left(), y, contentWidth(),
                 m_doc.sections[index].title);
    y += 2;
    return y - top + sectionLine(firstLine, y);
}

qreal DocumentParts::sectionLine(const QString& line, qreal y) {
    return text(m_style.body, m_style.text, left(), y, contentWidth(), {line});
}

void DocumentParts::footer(int page, int pageCount) {
    const qreal y = bodyBottom() + 16;
    const qreal width = contentWidth();
    rule(left(), left() + width, y, m_style.rule, 0.5);
    wrapped(m_style.small, m_style.muted, left(), y + 4, width * 0.75, m_doc.caption());
    wrapped(m_style.small, m_style.muted, left() + width * 0.75, y + 4, width * 0.25,
            QStringLiteral("%1 / %2").arg(page).arg(pageCount), Align::Right);
}

} // namespace mostrador::reports
