// SPDX-License-Identifier: MIT
#include "app/lines_change.h"

namespace mostrador::app {

LinesChange::LinesChange(DocumentLinesModel* model, QList<DocumentLinesModel::Row> before,
                         QList<DocumentLinesModel::Row> after, int row, int column)
    : m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_row(row)
    , m_column(column)
    , m_session(model->editSession()) {
    setText(column < 0 ? DocumentLinesModel::tr("Remove line %1").arg(row + 1)
                       : DocumentLinesModel::tr("Change line %1").arg(row + 1));
}

void LinesChange::undo() {
    m_model->restore(m_before);
}

void LinesChange::redo() {
    // QUndoStack::push() calls redo(); the model has already made the change.
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_model->restore(m_after);
}

bool LinesChange::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const LinesChange*>(other);
    if (m_column < 0 || next->m_column != m_column || next->m_row != m_row ||
        next->m_session != m_session)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace mostrador::app
