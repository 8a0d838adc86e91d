// SPDX-License-Identifier: MIT
#include "reports/printed_document.h"

namespace mostrador::reports {

QString PrintedDocument::caption() const {
    if (number.isEmpty())
        return title;
    return title.isEmpty() ? number : title + u' ' + number;
}

QList<qreal> columnWidths(const QList<Column>& columns, qreal total) {
    qreal shares = 0;
    for (const Column& c : columns)
        shares += qMax<qreal>(c.width, 0);
    QList<qreal> widths;
    widths.reserve(columns.size());
    for (const Column& c : columns)
        widths.append(shares > 0 ? total * qMax<qreal>(c.width, 0) / shares : 0);
    return widths;
}

} // namespace mostrador::reports
