// SPDX-License-Identifier: MIT
#pragma once

#include "reports/document_style.h"
#include "reports/printed_document.h"

#include <QImage>

class QPainter;

namespace mostrador::reports {

// One table row as painted: each cell's lines, and the row's height with padding.
struct MeasuredRow {
    QList<QStringList> cells;
    qreal height = 0;
};

// Paints the parts of a printed document at a given top, in points, and answers the
// height each takes. Without a painter it only measures: pagination and painting run
// the same code, so what was planned to fit is what is painted.
class DocumentParts {
public:
    DocumentParts(const PrintedDocument& doc, const Style& style, const TextMeasure& measure,
                  QSizeF page);

    void setPainter(QPainter* painter) { m_painter = painter; }
    qreal left() const { return m_style.marginX; }
    qreal top() const { return m_style.marginTop; }
    qreal contentWidth() const { return m_page.width() - 2 * m_style.marginX; }
    qreal bodyBottom() const { return m_page.height() - m_style.marginBottom; }

    // The first page's head: company and logo, title, number, fields, address blocks.
    qreal header(qreal y);
    // Later pages' head: company name, title and number.
    qreal runningHeader(qreal y);

    QList<qreal> widths(const Table& table, qreal width) const;
    MeasuredRow measureRow(const QStringList& cells, const QList<qreal>& widths,
                           const QFont& font) const;
    qreal row(const Table& table, const QList<qreal>& widths, const MeasuredRow& row, qreal x,
              qreal y, bool isHeader);

    // Totals by tax rate on the left, the totals rows on the right.
    qreal totals(qreal y);
    qreal extra(int index, qreal y);
    // Lines of a text section as painted.
    QStringList sectionLines(int index) const;
    qreal sectionStart(int index, const QString& firstLine, qreal y);
    qreal sectionLine(const QString& line, qreal y);
    void footer(int page, int pageCount);

private:
    // Paints `lines` from (x, y) in a column `width` wide; answers their height.
    qreal text(const QFont& font, const QColor& color, qreal x, qreal y, qreal width,
               const QStringList& lines, Align align = Align::Left);
    qreal wrapped(const QFont& font, const QColor& color, qreal x, qreal y, qreal width,
                  const QString& text, Align align = Align::Left);
    void rule(qreal x1, qreal x2, qreal y, const QColor& color, qreal width);
    qreal companyBlock(qreal y, qreal width);
    qreal titleBlock(qreal y, qreal width);
    qreal addresses(qreal y);
    qreal table(const Table& table, qreal x, qreal y, qreal width);
    qreal totalRows(qreal x, qreal y, qreal width);
    qreal signatures(const QStringList& captions, qreal y);

    const PrintedDocument& m_doc;
    const Style& m_style;
    const TextMeasure& m_measure;
    QSizeF m_page;
    QImage m_logo;
    QPainter* m_painter = nullptr;
};

} // namespace mostrador::reports
