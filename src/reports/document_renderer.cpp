// SPDX-License-Identifier: MIT
#include "reports/document_renderer.h"

#include "reports/document_parts.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

namespace mostrador::reports {

namespace {

// The document measured for one page size: table rows, closing blocks, pages.
struct Layout {
    QList<qreal> widths;
    MeasuredRow header;
    QList<MeasuredRow> rows;
    QList<QStringList> sectionLines;
    struct Block {
        enum Kind { Totals, Extra, SectionStart, SectionLine } kind = Totals;
        int index = 0;
        int line = 0;
    };
    QList<Block> blocks;
    QList<PagePlan> pages;
    qreal headerHeight = 0;
    qreal runningHeight = 0;
};

QStringList titlesOf(const Table& table) {
    QStringList titles;
    for (const Column& c : table.columns)
        titles.append(c.title);
    return titles;
}

// Totals, then each extra block, then each section line by line (the title kept with
// its first line), so long notes continue on the next page instead of jumping whole.
qreal blockHeight(DocumentParts& parts, const Layout& layout, const Layout::Block& b) {
    switch (b.kind) {
    case Layout::Block::Totals:
        return parts.totals(0);
    case Layout::Block::Extra:
        return parts.extra(b.index, 0);
    case Layout::Block::SectionStart:
        return parts.sectionStart(b.index, layout.sectionLines[b.index].value(0), 0);
    case Layout::Block::SectionLine:
        return parts.sectionLine(layout.sectionLines[b.index][b.line], 0);
    }
    return 0;
}

QList<Layout::Block> closingBlocks(const PrintedDocument& doc, const Layout& layout) {
    QList<Layout::Block> blocks{{Layout::Block::Totals, 0, 0}};
    for (int i = 0; i < doc.extras.size(); ++i)
        blocks.append({Layout::Block::Extra, i, 0});
    for (int i = 0; i < doc.sections.size(); ++i) {
        if (layout.sectionLines[i].isEmpty())
            continue;
        blocks.append({Layout::Block::SectionStart, i, 0});
        for (int line = 1; line < layout.sectionLines[i].size(); ++line)
            blocks.append({Layout::Block::SectionLine, i, line});
    }
    return blocks;
}

Layout layOut(const PrintedDocument& doc, DocumentParts& parts, const Style& style) {
    Layout layout;
    layout.widths = parts.widths(doc.lines, parts.contentWidth());
    layout.header = parts.measureRow(titlesOf(doc.lines), layout.widths, style.smallBold);
    FlowHeights flow{layout.header.height, {}, {}};
    for (const QStringList& cells : doc.lines.rows) {
        layout.rows.append(parts.measureRow(cells, layout.widths, style.body));
        flow.rows.append(layout.rows.last().height);
    }
    for (int i = 0; i < doc.sections.size(); ++i)
        layout.sectionLines.append(parts.sectionLines(i));
    layout.blocks = closingBlocks(doc, layout);
    for (const Layout::Block& b : layout.blocks)
        flow.blocks.append(blockHeight(parts, layout, b));
    layout.headerHeight = parts.header(parts.top());
    layout.runningHeight = parts.runningHeader(parts.top());
    const qreal body = parts.bodyBottom() - parts.top();
    layout.pages = paginate({body - layout.headerHeight, body - layout.runningHeight}, flow);
    return layout;
}

void paintBlock(DocumentParts& parts, const Layout& layout, const Layout::Block& b, qreal& y) {
    switch (b.kind) {
    case Layout::Block::Totals:
        y += parts.totals(y);
        break;
    case Layout::Block::Extra:
        y += parts.extra(b.index, y);
        break;
    case Layout::Block::SectionStart:
        y += parts.sectionStart(b.index, layout.sectionLines[b.index].value(0), y);
        break;
    case Layout::Block::SectionLine:
        y += parts.sectionLine(layout.sectionLines[b.index][b.line], y);
        break;
    }
}

void paintPage(const PrintedDocument& doc, DocumentParts& parts, const Layout& layout, int index) {
    const PagePlan& page = layout.pages[index];
    qreal y = parts.top();
    y += index == 0 ? parts.header(y) : parts.runningHeader(y);
    if (page.tableHeader)
        y += parts.row(doc.lines, layout.widths, layout.header, parts.left(), y, true);
    for (int r = page.firstRow; r < page.firstRow + page.rowCount; ++r)
        y += parts.row(doc.lines, layout.widths, layout.rows[r], parts.left(), y, false);
    for (int b = page.firstBlock; b < page.firstBlock + page.blockCount; ++b)
        paintBlock(parts, layout, layout.blocks[b], y);
    parts.footer(index + 1, layout.pages.size());
}

// Lays out and paints every page of `doc` with a painter already active on `device`,
// starting on the device's current page.
int paintPages(const PrintedDocument& doc, QPagedPaintDevice& device, QPainter& painter,
               QSizeF pagePoints) {
    const Style style;
    const TextMeasure measure(&device, device.logicalDpiY() / 72.0);
    DocumentParts parts(doc, style, measure, pagePoints);
    const Layout layout = layOut(doc, parts, style);
    parts.setPainter(&painter);
    for (int i = 0; i < layout.pages.size(); ++i) {
        if (i > 0)
            device.newPage();
        paintPage(doc, parts, layout, i);
    }
    return layout.pages.size();
}

// Lays out and paints every page on `device`, whose page starts at its paper's corner.
int render(const PrintedDocument& doc, QPagedPaintDevice& device, QSizeF pagePoints) {
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = paintPages(doc, device, painter, pagePoints);
    painter.end();
    return pages;
}

void setPaper(QPdfWriter& writer, PaperSize paper) {
    writer.setPageLayout(QPageLayout(pageSizeOf(paper), QPageLayout::Portrait, QMarginsF()));
}

} // namespace

Result<PaperSize> parsePaperSize(QStringView value) {
    const QString key = value.trimmed().toString().toLower();
    if (key == QStringLiteral("a4"))
        return PaperSize::A4;
    if (key == QStringLiteral("letter"))
        return PaperSize::Letter;
    return fail(Error::invalid(QStringLiteral("print.paper_invalid"),
                               trMsg("Paper size “%1”: use a4 or letter").arg(value.toString()),
                               QStringLiteral("paper")));
}

QString paperSizeKey(PaperSize paper) {
    return paper == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

QPageSize pageSizeOf(PaperSize paper) {
    return QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

Result<int> writePdf(const PrintedDocument& doc, const QString& path, PaperSize paper) {
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Mostrador"));
    writer.setTitle(doc.caption());
    setPaper(writer, paper);
    const int pages = render(doc, writer, pageSizeOf(paper).size(QPageSize::Point));
    if (pages == 0)
        return fail(Error::storage(QStringLiteral("print.write_failed"),
                                   trMsg("Could not write the PDF file %1").arg(path)));
    return pages;
}

int paintDocument(const PrintedDocument& doc, QPrinter& printer) {
    printer.setFullPage(true); // our margins, measured from the paper's corner
    return render(doc, printer, printer.pageLayout().fullRect(QPageLayout::Point).size());
}

void setUpPrinter(QPrinter& printer, PaperSize paper) {
    printer.setPageSize(pageSizeOf(paper));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
}

QList<PagePlan> planPages(const PrintedDocument& doc, PaperSize paper) {
    QBuffer sink; // measured against a PDF device, which is what gets written
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    setPaper(writer, paper);
    const Style style;
    const TextMeasure measure(&writer, writer.logicalDpiY() / 72.0);
    DocumentParts parts(doc, style, measure, pageSizeOf(paper).size(QPageSize::Point));
    return layOut(doc, parts, style).pages;
}

PdfBook::PdfBook(QIODevice* device, PaperSize paper, const QString& title)
    : m_writer(std::make_unique<QPdfWriter>(device))
    , m_page(pageSizeOf(paper).size(QPageSize::Point)) {
    m_writer->setCreator(QStringLiteral("Mostrador"));
    m_writer->setTitle(title);
    setPaper(*m_writer, paper);
}

PdfBook::~PdfBook() {
    if (m_painter && m_painter->isActive())
        m_painter->end();
}

Result<int> PdfBook::append(const PrintedDocument& doc) {
    if (!m_painter) {
        m_painter = std::make_unique<QPainter>();
        if (!m_painter->begin(m_writer.get()))
            return fail(Error::storage(QStringLiteral("print.write_failed"),
                                       trMsg("Could not write the PDF file")));
        m_painter->setRenderHint(QPainter::Antialiasing);
    } else {
        m_writer->newPage();
    }
    const int pages = paintPages(doc, *m_writer, *m_painter, m_page);
    m_pages += pages;
    return pages;
}

Status PdfBook::finish() {
    if (!m_painter || !m_painter->end())
        return fail(Error::storage(QStringLiteral("print.write_failed"),
                                   trMsg("Could not write the PDF file")));
    return {};
}

} // namespace mostrador::reports
