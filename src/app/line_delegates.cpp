// SPDX-License-Identifier: MIT
#include "app/line_delegates.h"

#include "app/document_lines_model.h"
#include "domain/percent.h"
#include "domain/quantity.h"
#include "domain/unit_price.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace mostrador::app {

using Model = DocumentLinesModel;

namespace {
const char kOriginal[] = "mostradorOriginalText";
}

LineDelegate::LineDelegate(LookupEdit::Provider products, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_products(std::move(products)) {}

QWidget* LineDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                    const QModelIndex& index) const {
    const int column = index.column();
    QLineEdit* edit = nullptr;
    auto* self = const_cast<LineDelegate*>(this);
    if (column == Model::Sku) {
        auto* lookup = new LookupEdit(m_products, parent);
        lookup->setPlaceholderText(tr("SKU or name"));
        // A click on a suggestion completes the cell as Enter would.
        connect(lookup, &LookupEdit::clicked, this, [self, lookup] {
            Q_EMIT self->commitData(lookup);
            Q_EMIT self->closeEditor(lookup, NoHint);
            Q_EMIT self->enterPressed();
        });
        edit = lookup;
    } else {
        edit = new QLineEdit(parent);
    }
    edit->setObjectName(QStringLiteral("cellEditor"));
    edit->setFrame(false);
    if (column >= Model::Qty) {
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // Totals follow the keyboard: each readable value goes to the model at once.
        connect(edit, &QLineEdit::textEdited, this, [self, edit, column](const QString& text) {
            if (self->readable(column, text))
                Q_EMIT self->commitData(edit);
        });
    }
    return edit;
}

bool LineDelegate::readable(int column, const QString& text) const {
    const QString t = text.trimmed();
    switch (column) {
    case Model::Qty:
        return domain::Quantity::parse(t, m_locale).has_value();
    case Model::UnitPrice:
        return domain::UnitPrice::parse(t, m_locale).has_value();
    case Model::Discount:
        return t.isEmpty() || domain::Percent::parse(t, m_locale).has_value();
    default:
        return false;
    }
}

void LineDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* edit = qobject_cast<QLineEdit*>(editor);
    if (!edit)
        return;
    const QString text = index.data(Qt::EditRole).toString();
    if (!edit->property(kOriginal).isValid()) // what Esc goes back to
        edit->setProperty(kOriginal, text);
    // While a number is being typed, the model's form of the same value ("1,5" for
    // "1,50") must not replace what the person is writing.
    if (edit->hasFocus() && index.column() >= Model::Qty && readable(index.column(), edit->text()))
        return;
    edit->setText(text);
}

void LineDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                const QModelIndex& index) const {
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        m_lastText = edit->text();
        model->setData(index, edit->text(), Qt::EditRole);
    }
}

bool LineDelegate::eventFilter(QObject* object, QEvent* event) {
    auto* editor = qobject_cast<QLineEdit*>(object);
    if (!editor || event->type() != QEvent::KeyPress)
        return QStyledItemDelegate::eventFilter(object, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    auto* lookup = qobject_cast<LookupEdit*>(editor);
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (lookup)
            lookup->takeSuggestion();
        Q_EMIT commitData(editor);
        Q_EMIT closeEditor(editor, NoHint);
        Q_EMIT enterPressed();
        return true;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        if (lookup)
            lookup->takeSuggestion();
        Q_EMIT commitData(editor);
        Q_EMIT closeEditor(editor, key->key() == Qt::Key_Tab ? EditNextItem : EditPreviousItem);
        return true;
    case Qt::Key_Delete:
        if (key->modifiers() & Qt::ControlModifier) {
            Q_EMIT closeEditor(editor, RevertModelCache);
            Q_EMIT removeLineRequested();
            return true;
        }
        break;
    case Qt::Key_Escape:
        if (lookup && lookup->popupVisible())
            return false; // the field closes its list first
        // Numbers reach the model as they are typed: Esc puts the cell's value back.
        if (editor->text() != editor->property(kOriginal).toString() &&
            editor->property(kOriginal).isValid() && !lookup) {
            editor->setText(editor->property(kOriginal).toString());
            Q_EMIT commitData(editor);
        }
        Q_EMIT closeEditor(editor, RevertModelCache);
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (lookup)
            return false; // moves in the suggestions
        break;
    default:
        break;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace mostrador::app
