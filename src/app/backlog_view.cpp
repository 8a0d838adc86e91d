// SPDX-License-Identifier: MIT
#include "app/backlog_view.h"

#include "app/cells.h"
#include "app/document_editor_support.h"
#include "app/document_filters.h"
#include "app/lookup_edit.h"
#include "app/order_editor.h"
#include "app/service_source.h"
#include "reports/document_text.h"
#include "services/services.h"

#include <QDateEdit>

namespace mostrador::app {

using reports::ColumnKind;

BacklogView::BacklogView(services::Services& services, const domain::Actor& actor, QWidget* parent)
    : ReportView(services, actor, QStringLiteral("backlogView"), parent) {
    setColumns({{tr("Requested"), ColumnKind::Text, 11, 1.5},
                {tr("Order"), ColumnKind::Text, 14, 1.8},
                {tr("Customer"), ColumnKind::Text, 28, 2.2},
                {tr("SKU"), ColumnKind::Text, 10, 1.5},
                {tr("Product"), ColumnKind::Text, 26, 2.2},
                {tr("Quantity"), ColumnKind::Quantity, 9, 1.1},
                {tr("Value"), ColumnKind::Money, 13, 1.3}});
    m_from = makeDateFilter(this, QStringLiteral("fromEdit"), tr("Any date"));
    m_to = makeDateFilter(this, QStringLiteral("toEdit"), tr("Any date"));
    m_customer = makeCustomerFilter(this, m_services, m_actor, tr("Every customer"),
                                    [this] { reloadSoon(); });
    m_product = new LookupEdit(productSuggestions(m_services, m_actor), this);
    m_product->setObjectName(QStringLiteral("productFilter"));
    m_product->setPlaceholderText(tr("Every product"));
    m_product->setClearButtonEnabled(true);
    connect(m_product, &LookupEdit::chosen, this, [this] { reloadSoon(); });
    connect(m_product, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            reloadSoon();
    });
    addFilter(tr("Requested &from"), m_from);
    addFilter(tr("&to"), m_to);
    addFilter(tr("C&ustomer"), m_customer);
    addFilter(tr("Pro&duct"), m_product);
    finish();
    reloadOn({QStringLiteral("order"), QStringLiteral("shipment")});
}

services::BacklogQuery BacklogView::query() const {
    return {dateOf(m_from), dateOf(m_to), m_customer->text().trimmed(),
            m_product->text().trimmed()};
}

Status BacklogView::fill() {
    auto report = m_services.reports().backlog(m_actor, query());
    if (!report) {
        m_report = {};
        return fail(report.error());
    }
    m_report = std::move(*report);
    const QLocale locale;
    for (const services::BacklogRow& r : m_report.rows)
        appendRow({dateCell(r.requestedDate, locale), Cell::text(r.order),
                   Cell::text(tr("%1 · %2").arg(r.customerCode, r.customerName)), Cell::text(r.sku),
                   Cell::text(r.productName), cells::quantity(r.qty, locale),
                   cells::money(r.value, locale)},
                  r.order);
    appendTotalRow({Cell::text(tr("Total")), blank(), blank(), blank(), blank(), blank(),
                    cells::money(m_report.value, locale)});
    return {};
}

QString BacklogView::reportTitle() const {
    return tr("Order backlog");
}

QString BacklogView::printedSubtitle() const {
    const QLocale locale;
    const services::BacklogQuery q = query();
    QStringList parts;
    if (q.requestedFrom.isValid() || q.requestedTo.isValid())
        parts << tr("requested %1 – %2")
                     .arg(q.requestedFrom.isValid() ? reports::printedDate(q.requestedFrom, locale)
                                                    : QString(),
                          q.requestedTo.isValid() ? reports::printedDate(q.requestedTo, locale)
                                                  : QString());
    if (!q.customerCode.isEmpty())
        parts << tr("customer %1").arg(q.customerCode.toUpper());
    if (!q.sku.isEmpty())
        parts << tr("product %1").arg(q.sku.toUpper());
    return parts.isEmpty() ? tr("all confirmed orders") : parts.join(QStringLiteral(" · "));
}

QList<reports::TotalRow> BacklogView::printedTotals() const {
    return {{tr("Backlog value"), m_report.value.toString(QLocale()), true}};
}

QString BacklogView::exportName() const {
    return tr("backlog-%1").arg(QDate::currentDate().toString(Qt::ISODate));
}

void BacklogView::rowActivated(const QString& key) {
    OrderEditor editor(m_services, m_actor, key, this);
    editor.exec();
    reload();
    Q_EMIT orderOpened(key);
}

} // namespace mostrador::app
