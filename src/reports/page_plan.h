// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace mostrador::reports {

// The room for the flowing part of a document, in one unit (the renderer uses points):
// on the first page below the document header, on later pages below the running
// header, always above the footer.
struct PageSpace {
    qreal firstPage = 0;
    qreal otherPages = 0;
};

// What flows: the lines table (its header repeated on every page that holds rows) and
// then the closing blocks (totals, extra blocks, text sections), each kept whole.
struct FlowHeights {
    qreal tableHeader = 0;
    QList<qreal> rows;
    QList<qreal> blocks;
};

// What one page holds: rows [firstRow, firstRow + rowCount) under the table header,
// then blocks [firstBlock, firstBlock + blockCount).
struct PagePlan {
    int firstRow = 0;
    int rowCount = 0;
    bool tableHeader = false;
    int firstBlock = 0;
    int blockCount = 0;
    friend bool operator==(const PagePlan&, const PagePlan&) = default;
};

// Fills pages in order: every row once, every block once, nothing over a page's room.
// The first page always shows the table header (an empty table too); a block that
// does not fit below the rows moves to the next page. Something taller than a whole
// page gets a page of its own rather than stopping the flow.
QList<PagePlan> paginate(const PageSpace& space, const FlowHeights& flow);

} // namespace mostrador::reports
