// SPDX-License-Identifier: MIT
#include "app/dialogs/price_lists_dialog.h"

#include "app/dialogs/dialog_support.h"
#include "app/paged_table_model.h"
#include "services/services.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mostrador::app {

using dialogs::DialogSupport;
using domain::PriceList;

namespace {

QPushButton* button(const QString& text, const char* name, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false); // Enter belongs to the table and the edits, not to a button
    return b;
}

QLineEdit* lineEdit(const char* name, const QString& placeholder, QWidget* parent) {
    auto* e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    e->setPlaceholderText(placeholder);
    return e;
}

} // namespace

PriceListsDialog::PriceListsDialog(services::Services& services, const domain::Actor& actor,
                                   QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_actor(actor)
    , m_canEdit(actor.require(domain::Permission::ManagePrices).has_value()) {
    setWindowTitle(tr("Price lists"));
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    columns->addWidget(buildListsBox(), 2);
    columns->addWidget(buildRulesBox(), 5);
    layout->addLayout(columns, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setUpShortcuts();
    connect(&m_services.notifier(), &services::ChangeNotifier::changed, this,
            [this](const QString& entity, const QString&) { changed(entity); });
    reloadLists({});
    applyPermissions();
    resize(1000, 560);
    m_listsTable->setFocus(Qt::OtherFocusReason);
}

PriceListsDialog::~PriceListsDialog() = default;

QWidget* PriceListsDialog::buildListsBox() {
    auto* box = new QGroupBox(tr("Price lists"), this);
    auto* layout = new QVBoxLayout(box);
    m_listsTable = new QTableWidget(0, 3, box);
    m_listsTable->setObjectName(QStringLiteral("listsTable"));
    m_listsTable->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Currency")});
    m_listsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listsTable->verticalHeader()->hide();
    QHeaderView* header = m_listsTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_listsTable, &QTableWidget::itemSelectionChanged, this,
            &PriceListsDialog::listChanged);
    layout->addWidget(m_listsTable, 1);

    auto* form = new QFormLayout;
    m_listName = lineEdit("listNameEdit", QString(), box);
    m_rename = button(tr("&Rename"), "renameButton", box);
    auto* renameRow = new QHBoxLayout;
    renameRow->addWidget(m_listName, 1);
    renameRow->addWidget(m_rename);
    auto* nameLabel = new QLabel(tr("&Name:"), box);
    nameLabel->setBuddy(m_listName);
    form->addRow(nameLabel, renameRow);
    layout->addLayout(form);
    connect(m_rename, &QPushButton::clicked, this, &PriceListsDialog::renameList);
    connect(m_listName, &QLineEdit::returnPressed, this, &PriceListsDialog::renameList);

    auto* newBox = new QGroupBox(tr("New price list"), box);
    auto* newForm = new QFormLayout(newBox);
    m_newCode = lineEdit("newCodeEdit", tr("e.g. WHOLESALE"), newBox);
    m_newName = lineEdit("newNameEdit", QString(), newBox);
    m_addList = button(tr("Add &list"), "addListButton", newBox);
    newForm->addRow(tr("C&ode:"), m_newCode);
    newForm->addRow(tr("Na&me:"), m_newName);
    newForm->addRow(QString(), m_addList);
    connect(m_addList, &QPushButton::clicked, this, &PriceListsDialog::addList);
    connect(m_newName, &QLineEdit::returnPressed, this, &PriceListsDialog::addList);
    layout->addWidget(newBox);
    return box;
}

QWidget* PriceListsDialog::buildRulesBox() {
    m_rulesBox = new QGroupBox(tr("Rules"), this);
    auto* layout = new QVBoxLayout(m_rulesBox);
    m_filter = lineEdit("filterEdit", tr("Filter by SKU, category or customer"), m_rulesBox);
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_rulesView = new QTableView(m_rulesBox);
    m_rulesView->setObjectName(QStringLiteral("rulesView"));
    m_rulesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rulesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rulesView->setSortingEnabled(true);
    m_rulesView->verticalHeader()->hide();
    m_rulesView->horizontalHeader()->setStretchLastSection(true);
    m_rulesView->setToolTip(tr("Ins adds a rule, Enter opens the selected one, Del deletes it"));
    connect(m_rulesView, &QTableView::activated, this, [this] { openEditor(currentRuleId()); });
    layout->addWidget(m_rulesView, 1);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_rules)
            m_rules->setFilter(text);
        updateRuleButtons();
    });

    auto* row = new QHBoxLayout;
    m_addRule = button(tr("&Add rule…"), "addRuleButton", m_rulesBox);
    m_editRule = button(m_canEdit ? tr("&Edit…") : tr("&Open…"), "editRuleButton", m_rulesBox);
    m_deleteRule = button(tr("&Delete…"), "deleteRuleButton", m_rulesBox);
    m_import = button(tr("&Import rules…"), "importButton", m_rulesBox);
    row->addWidget(m_addRule);
    row->addWidget(m_editRule);
    row->addWidget(m_deleteRule);
    row->addStretch(1);
    row->addWidget(m_import);
    layout->addLayout(row);
    connect(m_addRule, &QPushButton::clicked, this, [this] { openEditor(0); });
    connect(m_editRule, &QPushButton::clicked, this, [this] { openEditor(currentRuleId()); });
    connect(m_deleteRule, &QPushButton::clicked, this, &PriceListsDialog::confirmDelete);
    connect(m_import, &QPushButton::clicked, this, &PriceListsDialog::importRules);
    return m_rulesBox;
}

void PriceListsDialog::setUpShortcuts() {
    auto* insert = new QShortcut(QKeySequence(Qt::Key_Insert), m_rulesView);
    insert->setContext(Qt::WidgetWithChildrenShortcut);
    connect(insert, &QShortcut::activated, this, [this] {
        if (m_addRule->isEnabled())
            openEditor(0);
    });
    // Enter as a shortcut, not through activated(): the view lets a Return it handled go
    // on to the dialog, which would press the default button of the editor it opened.
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* open = new QShortcut(QKeySequence(key), m_rulesView);
        open->setContext(Qt::WidgetWithChildrenShortcut);
        connect(open, &QShortcut::activated, this, [this] { openEditor(currentRuleId()); });
    }
    auto* remove = new QShortcut(QKeySequence::Delete, m_rulesView);
    remove->setContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QShortcut::activated, this, &PriceListsDialog::confirmDelete);
}

void PriceListsDialog::applyPermissions() {
    if (m_canEdit)
        return;
    for (QWidget* w : QList<QWidget*>{m_listName, m_rename, m_newCode, m_newName, m_addList,
                                      m_addRule, m_deleteRule, m_import})
        w->setEnabled(false);
    DialogSupport::showNotice(m_message,
                              tr("You may look at the price lists but not change them."));
}

PriceList PriceListsDialog::currentList() const {
    const int row = m_listsTable->currentRow();
    const bool selected = !m_listsTable->selectionModel()->selectedRows().isEmpty();
    return selected && row >= 0 && row < m_lists.size() ? m_lists[row] : PriceList{};
}

void PriceListsDialog::selectList(const QString& code) {
    for (int row = 0; row < m_lists.size(); ++row)
        if (m_lists[row].code == code)
            m_listsTable->selectRow(row);
}

void PriceListsDialog::reloadLists(const QString& select) {
    auto lists = m_services.priceLists().lists(m_actor);
    if (!lists)
        DialogSupport::showError(m_message, lists.error().message);
    m_lists = lists.value_or(QList<PriceList>());
    int selected = m_lists.isEmpty() ? -1 : 0;
    {
        const QSignalBlocker block(m_listsTable);
        m_listsTable->setRowCount(0);
        for (const PriceList& list : m_lists) {
            const int row = m_listsTable->rowCount();
            m_listsTable->insertRow(row);
            m_listsTable->setItem(row, 0, new QTableWidgetItem(list.code));
            m_listsTable->setItem(row, 1, new QTableWidgetItem(list.name));
            m_listsTable->setItem(row, 2, new QTableWidgetItem(list.currency.code()));
            if (list.code == select)
                selected = row;
        }
        if (selected >= 0)
            m_listsTable->selectRow(selected);
    }
    listChanged();
}

void PriceListsDialog::listChanged() {
    const PriceList list = currentList();
    m_listName->setText(list.name);
    showRules(list);
    m_rename->setEnabled(m_canEdit && !list.code.isEmpty());
    m_listName->setEnabled(m_canEdit && !list.code.isEmpty());
}

void PriceListsDialog::changed(const QString& entity) {
    const bool any = entity == u"*";
    if (any || entity == u"price_list")
        reloadLists(currentList().code);
    if ((any || entity == u"price_rule") && m_rules) {
        const qint64 id = currentRuleId();
        m_rules->refresh();
        selectRule(id);
        updateRuleButtons();
    }
}

void PriceListsDialog::showResult(const Status& status, const QString& success) {
    if (status)
        DialogSupport::showNotice(m_message, success);
    else
        DialogSupport::showError(m_message, status.error().message);
}

void PriceListsDialog::addList() {
    auto created =
        m_services.priceLists().createList(m_actor, m_newCode->text(), m_newName->text());
    if (!created) {
        showResult(fail(created.error()), {});
        (created.error().field == u"name" ? m_newName : m_newCode)->setFocus();
        return;
    }
    m_newCode->clear();
    m_newName->clear();
    reloadLists(created->code);
    showResult({}, tr("Price list %1 was added.").arg(created->code));
    m_rulesView->setFocus(Qt::OtherFocusReason);
}

void PriceListsDialog::renameList() {
    const PriceList list = currentList();
    if (list.code.isEmpty() || !m_canEdit)
        return;
    auto renamed = m_services.priceLists().updateList(m_actor, list.code, m_listName->text());
    if (!renamed) {
        showResult(fail(renamed.error()), {});
        m_listName->setFocus();
        return;
    }
    reloadLists(list.code);
    showResult({}, tr("Price list %1 is now called “%2”.").arg(list.code, renamed->name));
}

} // namespace mostrador::app
