// SPDX-License-Identifier: MIT
// PriceListsDialog: the rules side (the lazy table, the editor, deleting, importing).
#include "app/dialogs/dialog_support.h"
#include "app/dialogs/import_dialog.h"
#include "app/dialogs/price_lists_dialog.h"
#include "app/dialogs/price_rule_editor.h"
#include "app/dialogs/price_rule_source.h"
#include "app/paged_table_model.h"
#include "services/services.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace mostrador::app {

using dialogs::DialogSupport;
using domain::PriceList;

// A model per list, so the source knows its list and currency; the same list keeps its
// model (and the view its position).
void PriceListsDialog::showRules(const PriceList& list) {
    const QString shown = m_rules ? m_rules->property("list").toString() : QString();
    if (list.code.isEmpty() || list.code != shown) {
        PagedTableModel* old = m_rules;
        m_rules = list.code.isEmpty() ? nullptr : rulesModel(list);
        m_rulesView->setModel(m_rules);
        // A new model is in the order of entry: no column shows a sort arrow.
        m_rulesView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        delete old;
        if (m_rules) {
            const int charWidth = fontMetrics().averageCharWidth();
            for (int i = 0; i < m_rules->columns().size(); ++i)
                m_rulesView->setColumnWidth(i, m_rules->columns().at(i).chars * charWidth + 12);
            connect(m_rulesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                    &PriceListsDialog::updateRuleButtons);
        }
    }
    m_rulesBox->setTitle(
        list.code.isEmpty()
            ? tr("Rules")
            : tr("Rules of %1 — %2 (%3)").arg(list.code, list.name, list.currency.code()));
    updateRuleButtons();
}

PagedTableModel* PriceListsDialog::rulesModel(const PriceList& list) {
    auto* model =
        new PagedTableModel(std::make_unique<PriceRuleSource>(m_services, m_actor, list), this);
    model->setProperty("list", list.code);
    model->setFilter(m_filter->text());
    connect(model, &PagedTableModel::loadFailed, this,
            [this](const QString& message) { DialogSupport::showError(m_message, message); });
    return model;
}

qint64 PriceListsDialog::currentRuleId() const {
    const QModelIndex current = m_rulesView->currentIndex();
    if (!m_rules || !current.isValid())
        return 0;
    return m_rules->keyAt(current.row()).toLongLong();
}

void PriceListsDialog::selectRule(qint64 id) {
    if (!m_rules || id == 0 || m_rules->rowCount() == 0)
        return;
    const QString key = QString::number(id);
    int row = m_rules->cachedRowOf(key);
    if (row < 0 && m_rules->keyAt(m_rules->rowCount() - 1) == key)
        row = m_rules->rowCount() - 1; // a new rule comes last in the order of entry
    if (row < 0)
        return;
    m_rulesView->setCurrentIndex(m_rules->index(row, 0));
    m_rulesView->scrollTo(m_rules->index(row, 0));
}

void PriceListsDialog::updateRuleButtons() {
    const bool hasList = m_rules != nullptr;
    const bool hasRule = currentRuleId() != 0;
    m_addRule->setEnabled(m_canEdit && hasList);
    m_editRule->setEnabled(hasRule);
    m_deleteRule->setEnabled(m_canEdit && hasRule);
    m_filter->setEnabled(hasList);
}

void PriceListsDialog::openEditor(qint64 ruleId) {
    const PriceList list = currentList();
    if (list.code.isEmpty() || (ruleId == 0 && !m_canEdit))
        return;
    auto* editor = new PriceRuleEditor(m_services, m_actor, list, ruleId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, ruleId] {
        selectRule(editor->savedId());
        showResult({}, ruleId == 0 ? tr("Rule %1 was added.").arg(editor->savedId())
                                   : tr("Rule %1 was changed.").arg(editor->savedId()));
        m_rulesView->setFocus(Qt::OtherFocusReason);
    });
    editor->open();
}

void PriceListsDialog::confirmDelete() {
    const qint64 id = currentRuleId();
    if (id == 0 || !m_canEdit)
        return;
    const QModelIndex current = m_rulesView->currentIndex();
    const QString target =
        m_rules->index(current.row(), PriceRuleSource::kTarget).data().toString();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete rule"),
                                tr("Delete rule %1 (%2) from price list %3?")
                                    .arg(QString::number(id), target, currentList().code),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton* yes = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(yes); // the user pressed Del on this rule: Enter confirms, Esc not
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, id] {
        if (box->clickedButton() == yes)
            deleteRule(id);
    });
    box->open();
}

void PriceListsDialog::deleteRule(qint64 id) {
    const int row = m_rulesView->currentIndex().row();
    const Status deleted = m_services.priceLists().deleteRule(m_actor, id);
    showResult(deleted, tr("Rule %1 was deleted.").arg(id));
    if (deleted && m_rules && m_rules->rowCount() > 0)
        m_rulesView->setCurrentIndex(m_rules->index(std::min(row, m_rules->rowCount() - 1), 0));
    updateRuleButtons();
    m_rulesView->setFocus(Qt::OtherFocusReason);
}

void PriceListsDialog::importRules() {
    auto* dialog = new ImportDialog(m_services, m_actor, ImportDialog::Kind::Prices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
} // namespace mostrador::app
