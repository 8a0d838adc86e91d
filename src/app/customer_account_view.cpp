// SPDX-License-Identifier: MIT
#include "app/customer_account_view.h"

#include "app/customer_account_model.h"
#include "app/dialogs/dialog_support.h"
#include "app/dialogs/export_table.h"
#include "app/document_print.h"
#include "app/invoice_viewer.h"
#include "reports/statement_document.h"
#include "services/services.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mostrador::app {

using dialogs::DialogSupport;

namespace {

// What an account shows moves with these announcements.
const QStringList kEntities{QStringLiteral("invoice"),     QStringLiteral("payment"),
                            QStringLiteral("chargeback"),  QStringLiteral("deposit"),
                            QStringLiteral("credit_note"), QStringLiteral("return"),
                            QStringLiteral("customer"),    QStringLiteral("*")};

QDateEdit* dateEdit(QWidget* parent, const QString& name, const QDate& date) {
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy"))) // a period may reach back past 2000
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    edit->setDisplayFormat(format);
    return edit;
}

} // namespace

CustomerAccountView::CustomerAccountView(services::Services& services, const domain::Actor& actor,
                                         const QString& customerCode, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , m_code(customerCode.trimmed().toUpper())
    , m_model(new CustomerAccountModel(this)) {
    setObjectName(QStringLiteral("customerAccountView"));
    setWindowTitle(tr("Account of customer %1").arg(m_code));
    buildUi();
    connectSignals();
    reload();
}

CustomerAccountView::~CustomerAccountView() = default;

CustomerAccountView* CustomerAccountView::open(services::Services& services,
                                               const domain::Actor& actor, const QString& code,
                                               QWidget* parent) {
    auto* view = new CustomerAccountView(services, actor, code, parent);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setModal(false);
    view->show();
    return view;
}

void CustomerAccountView::buildUi() {
    const domain::StatementPeriod period = domain::defaultStatementPeriod(QDate::currentDate());
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->hide();
    m_from = dateEdit(this, QStringLiteral("fromDate"), period.from);
    m_to = dateEdit(this, QStringLiteral("toDate"), period.to);
    auto* periodRow = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    for (QWidget* w : {static_cast<QWidget*>(fromLabel), static_cast<QWidget*>(m_from),
                       static_cast<QWidget*>(toLabel), static_cast<QWidget*>(m_to)})
        periodRow->addWidget(w);
    periodRow->addStretch(1);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CustomerAccountModel::Description,
                                                      QHeaderView::Stretch);
    m_table->installEventFilter(this);
    const int ch = fontMetrics().averageCharWidth();
    const int widths[] = {14, 12, 19, 24, 14, 12, 12, 13, 12};
    for (int c = 0; c < CustomerAccountModel::Count; ++c)
        if (c != CustomerAccountModel::Description)
            m_table->setColumnWidth(c, widths[c] * ch);
    m_balances = new QLabel(this);
    m_balances->setAlignment(Qt::AlignRight);

    m_print = new QPushButton(tr("&Print statement…"), this);
    m_pdf = new QPushButton(tr("Save as P&DF…"), this);
    m_export = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport…"), this);
    m_export->setToolTip(tr("Save the entries as CSV or Excel"));
    m_export->setVisible(m_actor.require(domain::Permission::ExportData).has_value());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton* b : {m_print, m_pdf, m_export})
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addLayout(periodRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_balances);
    layout->addWidget(buttons);
    resize(1100, 640);
}

void CustomerAccountView::connectSignals() {
    connect(m_from, &QDateEdit::dateChanged, this, &CustomerAccountView::loadEntries);
    connect(m_to, &QDateEdit::dateChanged, this, &CustomerAccountView::loadEntries);
    connect(m_table, &QTableView::doubleClicked, this, &CustomerAccountView::openEntry);
    connect(m_print, &QPushButton::clicked, this, &CustomerAccountView::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &CustomerAccountView::saveAsPdf);
    connect(m_export, &QPushButton::clicked, this, &CustomerAccountView::exportEntries);
    connect(&m_services.notifier(), &services::ChangeNotifier::changed, this,
            [this](const QString& entity) {
                if (kEntities.contains(entity))
                    reload();
            });
}

void CustomerAccountView::reload() {
    loadHeader();
    loadEntries();
}

void CustomerAccountView::loadHeader() {
    auto h = m_services.statements().header(m_actor, m_code);
    if (!h) {
        DialogSupport::showError(m_error, h.error().message);
        return;
    }
    const QLocale locale;
    QString figures =
        tr("AR balance <b>%1</b> · Credit %2 · Unapplied deposits %3 · Credit limit %4")
            .arg(h->arBalance.toString(locale), h->credit.toString(locale),
                 h->unappliedDeposits.toString(locale),
                 h->creditLimit ? h->creditLimit->toString(locale) : tr("unlimited"));
    if (h->overdueInvoices > 0)
        figures +=
            QStringLiteral(" · <span style=\"color:#c01c1c\"><b>%1</b></span>")
                .arg(trMsg("Overdue invoices: %n, the oldest %1 days past due", h->overdueInvoices)
                         .arg(h->oldestOverdueDays));
    m_header->setText(
        QStringLiteral("<b style=\"font-size:large\">%1 — %2</b><br>%3")
            .arg(h->customer.code.toHtmlEscaped(), h->customer.name.toHtmlEscaped(), figures));
    setWindowTitle(tr("Account of %1 — %2").arg(h->customer.code, h->customer.name));
}

void CustomerAccountView::loadEntries() {
    auto st = m_services.statements().statement(m_actor, m_code, {m_from->date(), m_to->date()});
    if (!st) {
        DialogSupport::showError(m_error, st.error().message);
        m_model->setStatement({});
        m_balances->clear();
        return;
    }
    m_error->hide();
    m_model->setStatement(*st);
    // "Factura rectificativa" and the like: wider than a fixed width can guess.
    m_table->resizeColumnToContents(CustomerAccountModel::Kind);
    const QLocale locale;
    m_balances->setText(
        tr("Opening balance %1 · Debits %2 · Credits %3 · <b>Closing balance %4</b>")
            .arg(st->openingBalance.toString(locale), st->debits().toString(locale),
                 st->credits().toString(locale), st->closingBalance.toString(locale)));
}

void CustomerAccountView::openEntry(const QModelIndex& index) {
    if (!index.isValid())
        return;
    const domain::StatementEntry& e = m_model->entry(index.row());
    if (e.kind != domain::statement_kind::kInvoice)
        return;
    InvoiceViewer viewer(m_services, m_actor, e.number, this);
    viewer.exec();
    reload();
}

bool CustomerAccountView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            openEntry(m_table->currentIndex());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CustomerAccountView::printPreview() {
    const auto& st = m_model->statement();
    showPrintPreview(this, reports::statementPrintJob(m_services.settings(), st, QLocale()),
                     reports::statementFileName(st),
                     tr("Statement of %1 — print preview").arg(m_code), tr("Print preview"));
}

void CustomerAccountView::saveAsPdf() {
    QString name = reports::statementFileName(m_model->statement());
    name.chop(4); // askPdfPath adds the extension
    const QString path =
        askPdfPath(this, name, tr("Save statement as PDF"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        writeStatementPdf(path);
}

bool CustomerAccountView::writeStatementPdf(const QString& path) {
    const auto job =
        reports::statementPrintJob(m_services.settings(), m_model->statement(), QLocale());
    if (!writeJobPdf(this, job, path, tr("Save as PDF")))
        return false;
    DialogSupport::showNotice(m_error, tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void CustomerAccountView::exportEntries() {
    exportTable(this, *m_model, tr("account-%1").arg(m_code));
}

} // namespace mostrador::app
