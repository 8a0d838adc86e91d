// SPDX-License-Identifier: MIT
#include "app/invoices_view.h"

#include "app/app_settings.h"
#include "app/document_filters.h"
#include "app/invoice_batch_print.h"
#include "app/invoice_source.h"
#include "app/invoice_viewer.h"
#include "services/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace mostrador::app {

namespace {

const QString kSettingsKey = QStringLiteral("lists/invoices");

// The State column: an overdue invoice in red and bold, so it stands out in a long list.
class StateDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(role::Raw).toString() != InvoiceSource::kOverdue)
            return;
        option->palette.setColor(QPalette::Text, QColor(0xc0, 0x1c, 0x1c));
        option->font.setBold(true);
    }
};

} // namespace

InvoicesView::InvoicesView(services::Services& services, const domain::Actor& actor,
                           QWidget* parent)
    : InvoicesView(services, actor, new InvoiceSource(services, actor), parent) {}

InvoicesView::InvoicesView(services::Services& services, const domain::Actor& actor,
                           InvoiceSource* source, QWidget* parent)
    : ListPage(std::unique_ptr<TableSource>(source), kSettingsKey, services.notifier(),
               {QStringLiteral("invoice"), QStringLiteral("payment"), QStringLiteral("chargeback"),
                QStringLiteral("customer")},
               parent)
    , m_services(services)
    , m_actor(actor)
    , m_source(source) {
    setObjectName(QStringLiteral("invoicesView"));
    searchField()->setPlaceholderText(tr("Search by invoice or draft number (Ctrl+F)"));
    inactiveCheck()->hide();
    setCanCreate(false); // invoices are made from orders
    setCanExport(actor.require(domain::Permission::ExportData).has_value());
    editButton()->setText(tr("Op&en…")); // Alt+O is "To", Alt+P Print…
    editButton()->setToolTip(tr("Open the selected invoice (Enter)"));
    table()->setItemDelegateForColumn(InvoiceSource::State, new StateDelegate(table()));
    table()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setToolTip(tr("Print the selected invoices to PDF (Ctrl+P); Shift or Ctrl "
                           "and a click select several"));
    buttonRow()->insertWidget(buttonRow()->indexOf(editButton()) + 1, m_print);
    connect(m_print, &QPushButton::clicked, this, &InvoicesView::printSelected);
    auto* print = new QShortcut(QKeySequence::Print, this, this, &InvoicesView::printSelected);
    print->setContext(Qt::WidgetWithChildrenShortcut);
    buildFilters();
    if (!AppSettings().contains(kSettingsKey + QStringLiteral("/header")))
        table()->sortByColumn(InvoiceSource::Date, Qt::DescendingOrder); // the newest first
}

void InvoicesView::buildFilters() {
    m_state = makeStateFilter(this, tr("All states"), InvoiceLabels::states());
    m_state->addItem(InvoiceLabels::overdue(), QString::fromUtf16(InvoiceSource::kOverdue));
    m_customer = makeCustomerFilter(this, m_services, m_actor, tr("Any customer"),
                                    [this] { applyFilters(); });
    m_from = makeDateFilter(this, QStringLiteral("fromFilter"), tr("any"));
    m_to = makeDateFilter(this, QStringLiteral("toFilter"), tr("any"));

    auto* row = new QHBoxLayout;
    addLabelled(row, this, tr("St&ate"), m_state);
    addLabelled(row, this, tr("C&ustomer"), m_customer);
    addLabelled(row, this, tr("Fro&m"), m_from);
    addLabelled(row, this, tr("T&o"), m_to);
    row->addStretch(1);
    pageLayout()->insertLayout(1, row);

    connect(m_state, &QComboBox::currentIndexChanged, this, &InvoicesView::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &InvoicesView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &InvoicesView::applyFilters);
}

void InvoicesView::applyFilters() {
    InvoiceFilter filter;
    filter.status = m_state->currentData().toString();
    filter.customerCode = m_customer->text().trimmed();
    filter.from = dateOf(m_from);
    filter.to = dateOf(m_to);
    if (filter == m_source->filter())
        return;
    m_source->setFilter(filter);
    table()->setCurrentIndex({});
    refresh();
}

void InvoicesView::showOverdue() {
    setFilters(QString::fromUtf16(InvoiceSource::kOverdue), {}, {}, {});
}

void InvoicesView::showCustomer(const QString& code) {
    setFilters({}, code, {}, {});
}

void InvoicesView::showPeriod(QDate from, QDate to) {
    setFilters({}, {}, from, to);
}

// Sets every filter without a read per field, then reads the list once.
void InvoicesView::setFilters(const QString& state, const QString& customer, QDate from, QDate to) {
    for (QWidget* w : std::initializer_list<QWidget*>{m_state, m_from, m_to})
        w->blockSignals(true);
    m_state->setCurrentIndex(std::max(0, m_state->findData(state)));
    m_customer->setText(customer);
    m_from->setDate(from.isValid() ? from : m_from->minimumDate());
    m_to->setDate(to.isValid() ? to : m_to->minimumDate());
    for (QWidget* w : std::initializer_list<QWidget*>{m_state, m_from, m_to})
        w->blockSignals(false);
    searchField()->clear();
    model()->setFilter({}); // now: the typing delay would show the old search's rows first
    applyFilters();
}

void InvoicesView::editRecord(const QString& number) {
    openInvoice(number);
}

void InvoicesView::openInvoice(const QString& number) {
    InvoiceViewer viewer(m_services, m_actor, number, this);
    viewer.exec();
    const QString now = viewer.invoice().number; // posting renumbers a draft
    refresh();
    selectKey(now.isEmpty() ? number : now);
}

// A draft is not an invoice a customer may receive: a batch leaves drafts out and says so
// (one draft is still printed, marked as such, from its own window).
QStringList InvoicesView::postedAmong(const QStringList& keys, int& drafts) const {
    QStringList posted;
    drafts = 0;
    for (const QString& key : keys) {
        const QModelIndex state = model()->index(model()->cachedRowOf(key), InvoiceSource::State);
        if (state.data(role::Raw).toString() == domain::invoice_state::kDraft)
            ++drafts;
        else
            posted.append(key);
    }
    return posted;
}

void InvoicesView::printSelected() {
    int drafts = 0;
    const QStringList numbers = postedAmong(selectedKeys(), drafts);
    if (numbers.isEmpty()) {
        QMessageBox::information(
            this, tr("Print invoices"),
            drafts > 0 ? tr("Only drafts are selected. A draft is not an invoice yet: post it "
                            "first, or open it to print it as a draft.")
                       : tr("Select the invoices to print first: Shift or Ctrl and a "
                            "click select several."));
        return;
    }
    const std::optional<bool> oneFile = askOneFile(int(numbers.size()), drafts);
    if (!oneFile)
        return;
    const QString suggested =
        QDir::home().filePath(numbers.size() == 1 ? numbers.first() + QStringLiteral(".pdf")
                                                  : tr("invoices") + QStringLiteral(".pdf"));
    const QString path =
        *oneFile ? QFileDialog::getSaveFileName(this, tr("Print invoices"), suggested,
                                                tr("PDF files (*.pdf)"))
                 : QFileDialog::getExistingDirectory(this, tr("Folder for the invoices' PDFs"),
                                                     QDir::homePath());
    if (!path.isEmpty())
        printInvoices(numbers, path, *oneFile, drafts);
}

// One PDF (true) or one each (false) for `count` invoices; nothing when cancelled. One
// invoice is one PDF, asked only when drafts were left out, so that the user knows.
std::optional<bool> InvoicesView::askOneFile(int count, int draftsLeftOut) {
    if (count == 1 && draftsLeftOut == 0)
        return true;
    QString question = count == 1 ? tr("Print the selected invoice?")
                                  : tr("Print the %1 selected invoices into one PDF, or one PDF "
                                       "each in a folder?")
                                        .arg(count);
    if (draftsLeftOut > 0)
        question += u'\n' + draftsNote(draftsLeftOut);
    QMessageBox ask(QMessageBox::Question, tr("Print invoices"), question, QMessageBox::Cancel,
                    this);
    QAbstractButton* book = ask.addButton(tr("&One PDF"), QMessageBox::AcceptRole);
    QAbstractButton* each =
        count > 1 ? ask.addButton(tr("One PDF &each"), QMessageBox::AcceptRole) : nullptr;
    ask.setDefaultButton(qobject_cast<QPushButton*>(book));
    ask.exec();
    if (ask.clickedButton() == book)
        return true;
    if (each && ask.clickedButton() == each)
        return false;
    return std::nullopt;
}

QString InvoicesView::draftsNote(int drafts) {
    return tr("Drafts left out: %1. A draft is not an invoice yet: post it first.").arg(drafts);
}

void InvoicesView::printInvoices(const QStringList& numbers, const QString& path, bool oneFile,
                                 int draftsLeftOut) {
    auto outcome = printInvoiceBatch(this, m_services, m_actor, {numbers, path, oneFile});
    if (!outcome) {
        QMessageBox::warning(this, tr("Print invoices"), outcome.error().message);
        return;
    }
    if (outcome->cancelled) {
        QMessageBox::information(this, tr("Print invoices"),
                                 tr("Printing was cancelled; nothing was written."));
        return;
    }
    const QString where = QDir::toNativeSeparators(path);
    QString said = outcome->invoices == 1
                       ? tr("Printed invoice %1 to %2.").arg(numbers.first(), where)
                       : tr("Printed %1 invoices (%2 pages) to %3.")
                             .arg(outcome->invoices)
                             .arg(outcome->pages)
                             .arg(where);
    if (draftsLeftOut > 0)
        said += u'\n' + draftsNote(draftsLeftOut);
    QMessageBox::information(this, tr("Print invoices"), said);
}

} // namespace mostrador::app
