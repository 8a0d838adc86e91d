// SPDX-License-Identifier: MIT
#pragma once

#include "app/document_lines_model.h"

#include <QUndoCommand>

namespace mostrador::app {

// One step of editing a document's lines, kept as the lines before and after (a
// document has tens of lines, so whole copies are cheap and always consistent with
// the totals). Consecutive changes of the same cell merge: the keys typed into a
// quantity are one step.
class LinesChange : public QUndoCommand {
public:
    static constexpr int kId = 0x4c43; // "LC"

    LinesChange(DocumentLinesModel* model, QList<DocumentLinesModel::Row> before,
                QList<DocumentLinesModel::Row> after, int row, int column);

    void undo() override;
    void redo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    DocumentLinesModel* m_model;
    QList<DocumentLinesModel::Row> m_before;
    QList<DocumentLinesModel::Row> m_after;
    int m_row;
    int m_column; // -1: a line removed, never merged
    int m_session;
    bool m_applied = true; // pushed after the change was made
};

} // namespace mostrador::app
