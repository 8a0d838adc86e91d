// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "reports/page_plan.h"
#include "reports/printed_document.h"

#include <QPageSize>
#include <QSizeF>
#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QPdfWriter;
class QPrinter;

namespace mostrador::reports {

// The paper of the setting print.paper_size.
enum class PaperSize { A4, Letter };

// "a4" | "letter" (any case); anything else is an Invalid error.
Result<PaperSize> parsePaperSize(QStringView value);
QString paperSizeKey(PaperSize paper);
QPageSize pageSizeOf(PaperSize paper);

// Writes `doc` as a PDF of real, searchable text; answers the number of pages.
Result<int> writePdf(const PrintedDocument& doc, const QString& path, PaperSize paper);

// Paints `doc` on a printer on the printer's own paper: the slot for
// QPrintPreviewDialog::paintRequested. Answers the number of pages.
int paintDocument(const PrintedDocument& doc, QPrinter& printer);

// Sets a printer to the paper of the setting, before a preview or a print dialog.
void setUpPrinter(QPrinter& printer, PaperSize paper);

// Several documents one after another in one PDF written to `device` (open for
// writing; the caller commits or discards it), each with its own page numbers: a batch
// of invoices. Painting starts with the first append(); finish() completes the file.
class PdfBook {
public:
    PdfBook(QIODevice* device, PaperSize paper, const QString& title);
    ~PdfBook();
    PdfBook(const PdfBook&) = delete;
    PdfBook& operator=(const PdfBook&) = delete;

    // Paints `doc` from a new page; answers the pages it took.
    Result<int> append(const PrintedDocument& doc);
    Status finish();
    int pageCount() const { return m_pages; }

private:
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    QSizeF m_page;
    int m_pages = 0;
};

// The pages `doc` takes on `paper`, as the renderer will paint them (needs a
// QGuiApplication for fonts, as all painting does).
QList<PagePlan> planPages(const PrintedDocument& doc, PaperSize paper);

} // namespace mostrador::reports
