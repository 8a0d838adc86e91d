// SPDX-License-Identifier: MIT
#include "app/credit_note_viewer.h"

#include "app/credit_note_dialogs.h"
#include "app/dialogs/dialog_support.h"
#include "app/document_print.h"
#include "app/return_viewer.h"
#include "app/service_source.h"
#include "reports/credit_note_document.h"
#include "services/services.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mostrador::app {

using dialogs::DialogSupport;

CreditNoteViewer::CreditNoteViewer(services::Services& services, const domain::Actor& actor,
                                   const QString& number, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , m_canRecord(actor.require(domain::Permission::RecordPayments).has_value()) {
    setObjectName(QStringLiteral("creditNoteViewer"));
    setWindowTitle(tr("Credit note %1").arg(number));
    buildUi();
    load(number);
    m_table->setFocus(Qt::OtherFocusReason);
}

void CreditNoteViewer::buildUi() {
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_lines = new QStandardItemModel(0, 7, this);
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Description"), tr("Quantity"),
                                        tr("Unit price"), tr("Discount"), tr("Tax"), tr("Net")});
    for (int c = Qty; c <= Net; ++c)
        m_lines->setHeaderData(c, Qt::Horizontal, int(Qt::AlignRight | Qt::AlignVCenter),
                               Qt::TextAlignmentRole);
    m_table = makeReadOnlyTable(this, m_lines, QStringLiteral("linesTable"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(buildHeader());
    layout->addWidget(m_table, 1);
    buildButtons();
    resize(860, 520);
}

QWidget* CreditNoteViewer::buildHeader() {
    using C = ViewerHeader;
    m_header = new ViewerHeader(this, 3, 2);
    m_header->add(C::Left, "number", tr("Number"));
    m_header->add(C::Left, "customer", tr("Customer"));
    m_header->add(C::Left, "date", tr("Date"));
    QLabel* link = m_header->addLink(C::Left, "return", tr("Return"));
    connect(link, &QLabel::linkActivated, this, &CreditNoteViewer::openReturn);
    m_header->add(C::Left, "reason", tr("Reason"))->setWordWrap(true);
    m_header->add(C::Left, "invoices", tr("Credits invoices"));
    m_header->add(C::Right, "taxGroups", tr("By tax rate"), true);
    m_header->add(C::Right, "untaxed", tr("Untaxed"), true);
    m_header->add(C::Right, "tax", tr("Tax"), true);
    m_header->add(C::Right, "total", tr("Total credited"), true);
    m_header->add(C::Right, "unallocated", tr("Unallocated"), true);
    return m_header;
}

void CreditNoteViewer::buildButtons() {
    auto* row = new QHBoxLayout;
    const auto add = [this, row](const QString& key, const QString& text, const QString& tip) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(key + QStringLiteral("Button"));
        button->setToolTip(tip);
        button->setAutoDefault(false);
        m_buttons.insert(key, button);
        row->addWidget(button);
        return button;
    };
    connect(add(QStringLiteral("allocate"), tr("&Allocate…"),
                tr("Use what is unallocated to pay the customer's open invoices")),
            &QPushButton::clicked, this, &CreditNoteViewer::allocate);
    connect(add(QStringLiteral("refund"), tr("Re&fund…"),
                tr("Pay what is unallocated back to the customer")),
            &QPushButton::clicked, this, &CreditNoteViewer::refund);
    connect(add(QStringLiteral("print"), tr("&Print preview…"), tr("Ctrl+P")),
            &QPushButton::clicked, this, &CreditNoteViewer::printPreview);
    connect(add(QStringLiteral("pdf"), tr("Save as P&DF…"), {}), &QPushButton::clicked, this,
            &CreditNoteViewer::saveAsPdf);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this,
            &CreditNoteViewer::printPreview);
    row->addStretch(1);
    QPushButton* close = add(QStringLiteral("close"), tr("Close"), tr("Esc"));
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
}

void CreditNoteViewer::load(const QString& number) {
    auto found = m_services.returns().creditNote(m_actor, number);
    if (!found) {
        DialogSupport::showError(m_banner, found.error().message);
        updateButtons();
        return;
    }
    m_note = std::move(*found);
    fill();
}

void CreditNoteViewer::fill() {
    const QLocale locale;
    const domain::CreditNote& n = m_note;
    setWindowTitle(tr("Credit note %1 — %2").arg(n.number, n.party.customerName));
    const auto set = [this](const char* name, const QString& text) { m_header->set(name, text); };
    set("number", n.number);
    set("customer", tr("%1 · %2").arg(n.party.customerCode, n.party.customerName));
    set("date", locale.toString(n.date, fullYearDateFormat(locale)));
    set("return", QStringLiteral("<a href=\"%1\">%1</a>").arg(n.returnNumber.toHtmlEscaped()));
    set("reason", n.reason);
    set("invoices", n.invoiceNumbers.join(QStringLiteral(", ")));
    QStringList groups;
    for (const domain::TaxGroup& g : n.taxGroups)
        groups << tr("%1 (%2 %): %3 + %4 tax")
                      .arg(g.taxCode, g.rate.toString(locale), g.base.toString(locale),
                           g.tax.toString(locale));
    set("taxGroups", groups.join(u'\n'));
    set("untaxed", n.untaxed.toString(locale));
    set("tax", n.tax.toString(locale));
    set("total", n.total.toString(locale));
    set("unallocated", n.unallocated.toString(locale));
    m_lines->removeRows(0, m_lines->rowCount());
    for (const domain::CreditNoteLine& l : n.lines) {
        QList<QStandardItem*> items{
            new QStandardItem(l.sku),
            new QStandardItem(l.description),
            new QStandardItem(l.unit.isEmpty() ? l.qty.toString(locale)
                                               : tr("%1 %2").arg(l.qty.toString(locale), l.unit)),
            new QStandardItem(l.unitPrice.toString(locale, n.currency)),
            new QStandardItem(l.discount.isZero() ? QString()
                                                  : tr("%1 %").arg(l.discount.toString(locale))),
            new QStandardItem(tr("%1 %").arg(l.taxRate.toString(locale))),
            new QStandardItem(l.net.toString(locale))};
        for (int column = Qty; column <= Net; ++column)
            items[column]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->appendRow(items);
    }
    updateButtons();
}

void CreditNoteViewer::updateButtons() {
    for (const char* key : {"print", "pdf"})
        m_buttons.value(QLatin1String(key))->setEnabled(m_note.id != 0);
    const bool open = m_note.id != 0 && m_note.unallocated.minor() > 0;
    for (const char* key : {"allocate", "refund"}) {
        QPushButton* button = m_buttons.value(QLatin1String(key));
        button->setEnabled(open && m_canRecord);
        button->setToolTip(m_canRecord ? button->toolTip()
                                       : tr("Your role may not record payments"));
    }
}

void CreditNoteViewer::allocate() {
    if (!m_buttons.value(QStringLiteral("allocate"))->isEnabled())
        return;
    CreditNoteAllocateDialog dialog(m_services, m_actor, m_note, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    load(m_note.number);
    DialogSupport::showNotice(
        m_banner, tr("Allocated to invoices: %n.", nullptr, int(dialog.allocations().size())));
}

void CreditNoteViewer::refund() {
    if (!m_buttons.value(QStringLiteral("refund"))->isEnabled())
        return;
    CreditNoteRefundDialog dialog(m_services, m_actor, m_note, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    load(m_note.number);
    DialogSupport::showNotice(m_banner, tr("Refund %1 recorded.").arg(dialog.refund().number));
}

void CreditNoteViewer::printPreview() {
    if (m_note.id == 0)
        return;
    showPrintPreview(this, reports::creditNotePrintJob(m_services.settings(), m_note, QLocale()),
                     m_note.number, tr("Credit note %1 — print preview").arg(m_note.number),
                     tr("Print preview"));
}

void CreditNoteViewer::saveAsPdf() {
    if (m_note.id == 0)
        return;
    const QString path =
        askPdfPath(this, m_note.number, tr("Save credit note as PDF"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        writePdf(path);
}

bool CreditNoteViewer::writePdf(const QString& path) {
    if (!writeJobPdf(this, reports::creditNotePrintJob(m_services.settings(), m_note, QLocale()),
                     path, tr("Save as PDF")))
        return false;
    DialogSupport::showNotice(m_banner, tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void CreditNoteViewer::openReturn() {
    if (m_note.returnNumber.isEmpty())
        return;
    ReturnViewer viewer(m_services, m_actor, m_note.returnNumber, this);
    viewer.exec();
}

} // namespace mostrador::app
