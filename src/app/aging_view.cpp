// SPDX-License-Identifier: MIT
#include "app/aging_view.h"

#include "app/dialogs/dialog_support.h"
#include "app/dialogs/export_table.h"
#include "app/document_editor_support.h"
#include "app/document_filters.h"
#include "app/document_print.h"
#include "app/report_view.h"
#include "app/table_source.h"
#include "reports/document_text.h"
#include "services/change_notifier.h"
#include "services/services.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mostrador::app {

using dialogs::DialogSupport;
using domain::AgingBucket;
using domain::Money;

namespace {

const QColor kOverdue(0xc0, 0x1c, 0x1c);
constexpr AgingBucket kBuckets[] = {AgingBucket::Current, AgingBucket::Days1To30,
                                    AgingBucket::Days31To60, AgingBucket::Days61To90,
                                    AgingBucket::Over90};

QStandardItem* moneyItem(const Money& amount, const QLocale& locale) {
    auto* item = new QStandardItem(amount.toString(locale));
    item->setData(amount.minor(), role::Raw);
    item->setData(amount.toPlainString(), role::Plain);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

AgingView::AgingView(services::Services& services, const domain::Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor) {
    setObjectName(QStringLiteral("agingView"));
    setWindowTitle(tr("Aging of receivables"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    buildUi();
    reload();
    // Its columns as read: at a fixed width Total and Credit were cut off on a 1400 px screen.
    fitWindowToTable(*this, *m_table, layout()->itemAt(0)->sizeHint().width(), 520);
    // A payment, chargeback or posting elsewhere moves the buckets: read again, once.
    auto* later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(100);
    connect(later, &QTimer::timeout, this, &AgingView::reload);
    connect(&services.notifier(), &services::ChangeNotifier::changed, this,
            [later](const QString& entity) {
                if (entity == u"invoice" || entity == u"payment" || entity == u"chargeback" ||
                    entity == u"credit_note")
                    later->start();
            });
}

void AgingView::buildUi() {
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_asOf = documentDateEdit(this, QStringLiteral("asOfEdit"));
    m_asOf->setDate(QDate::currentDate());
    m_customer =
        makeCustomerFilter(this, m_services, m_actor, tr("Every customer"), [this] { reload(); });
    connect(m_asOf, &QDateEdit::dateChanged, this, &AgingView::reload);

    m_model = new QStandardItemModel(0, 8, this);
    m_model->setHorizontalHeaderLabels({tr("Customer"), tr("Current"), tr("1–30 days"),
                                        tr("31–60 days"), tr("61–90 days"), tr("Over 90 days"),
                                        tr("Total"), tr("Credit (in Current)")});
    for (int c = Current; c <= Credit; ++c) {
        m_model->setHeaderData(c, Qt::Horizontal, int(reports::ColumnKind::Money), role::Kind);
        m_model->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_model->horizontalHeaderItem(Customer)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_model->setProperty("currency", m_services.context().currency.code());
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("agingTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    const int ch = fontMetrics().averageCharWidth();
    m_table->horizontalHeader()->resizeSection(Customer, 34 * ch);
    for (int c = Current; c <= Credit; ++c)
        m_table->horizontalHeader()->resizeSection(c, 15 * ch);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString code = m_model->item(index.row(), Customer)->data(role::Key).toString();
        if (!code.isEmpty())
            Q_EMIT customerChosen(code);
    });

    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setEnabled(m_actor.require(domain::Permission::ExportData).has_value());
    m_print = new QPushButton(tr("&Print preview…"), this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setToolTip(tr("Ctrl+P"));
    auto* close = new QPushButton(tr("Close"), this);
    for (QPushButton* b : {m_export, m_print, close})
        b->setAutoDefault(false); // Enter belongs to the table
    connect(m_export, &QPushButton::clicked, this, &AgingView::exportReport);
    connect(m_print, &QPushButton::clicked, this, &AgingView::printPreview);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this,
            &AgingView::printPreview);

    auto* filters = new QHBoxLayout;
    addLabelled(filters, this, tr("&As of"), m_asOf);
    addLabelled(filters, this, tr("C&ustomer"), m_customer);
    filters->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setTabOrder(m_asOf, m_customer);
    setTabOrder(m_customer, m_table);
}

void AgingView::reload() {
    auto report =
        m_services.payments().aging(m_actor, m_asOf->date(), m_customer->text().trimmed());
    if (!report) {
        DialogSupport::showError(m_banner, report.error().message);
        m_report = {};
        m_model->removeRows(0, m_model->rowCount());
        return;
    }
    DialogSupport::showError(m_banner, {});
    m_report = std::move(*report);
    fill();
}

void AgingView::fill() {
    const QString current =
        m_table->currentIndex().isValid()
            ? m_model->item(m_table->currentIndex().row())->data(role::Key).toString()
            : QString();
    m_model->removeRows(0, m_model->rowCount());
    Money credit = Money::zero(m_report.totals.buckets[0].currency());
    for (const services::AgingLine& l : m_report.lines) {
        appendLine(l.customerCode, l.customerName, l.amounts, l.credit, false);
        credit += l.credit;
    }
    appendLine({}, tr("Total"), m_report.totals, credit, true);
    m_table->resizeColumnsToContents(); // amounts and the translated headers in full
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (!current.isEmpty() && m_model->item(row)->data(role::Key).toString() == current)
            m_table->setCurrentIndex(m_model->index(row, Customer));
}

void AgingView::appendLine(const QString& code, const QString& name,
                           const domain::AgingAmounts& amounts, const Money& credit,
                           bool totalRow) {
    const QLocale locale;
    QList<QStandardItem*> row;
    auto* customer = new QStandardItem(code.isEmpty() ? name : tr("%1 · %2").arg(code, name));
    customer->setData(code, role::Key);
    customer->setData(customer->text(), role::Raw);
    row << customer;
    for (AgingBucket b : kBuckets) {
        QStandardItem* item = moneyItem(amounts[b], locale);
        if (b != AgingBucket::Current && amounts[b].minor() > 0)
            item->setForeground(kOverdue);
        row << item;
    }
    row << moneyItem(amounts.total(), locale) << moneyItem(credit, locale);
    for (QStandardItem* item : row) {
        item->setData(code, role::Key);
        if (totalRow) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_model->appendRow(row);
}

void AgingView::exportReport() {
    exportTable(this, *m_model, tr("aging-%1").arg(m_report.asOf.toString(Qt::ISODate)));
}

void AgingView::printPreview() {
    const QLocale locale;
    reports::PrintJob job;
    reports::PrintedDocument& doc = job.doc;
    doc.title = tr("Aging of receivables");
    doc.number = tr("as of %1").arg(reports::printedDate(m_report.asOf, locale));
    if (auto company = m_services.settings().company())
        doc.company = reports::companyHeader(*company);
    if (auto paper = reports::paperSetting(m_services.settings()))
        job.paper = *paper;
    doc.lines.columns.append(
        {m_model->headerData(Customer, Qt::Horizontal).toString(), reports::Align::Left, 2.6});
    for (int c = Current; c <= Credit; ++c)
        doc.lines.columns.append(
            {m_model->headerData(c, Qt::Horizontal).toString(), reports::Align::Right, 1});
    for (int row = 0; row < m_model->rowCount(); ++row) { // the total row too: per bucket
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(); ++c)
            cells << m_model->item(row, c)->text();
        doc.lines.rows.append(cells);
    }
    doc.totals.append({tr("Total receivable"), m_report.totals.total().toString(locale), true});
    showPrintPreview(this, Result<reports::PrintJob>(std::move(job)), tr("aging"),
                     tr("Aging of receivables"), tr("Cannot print the aging report"));
}

} // namespace mostrador::app
