// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QWidget>

class QAbstractItemModel;
class QFormLayout;
class QLabel;
class QTableView;

namespace mostrador::app {

// The top of a document viewer (payment, return, credit note): two columns of titled,
// read-only values the viewer fills by name; numbers are right-aligned, and a value can
// be a link to another document.
class ViewerHeader : public QWidget {
public:
    enum Column { Left, Right };

    // `leftStretch`:`rightStretch` share the width between the columns.
    ViewerHeader(QWidget* parent, int leftStretch, int rightStretch);

    QLabel* add(Column column, const char* name, const QString& title, bool number = false);
    // A value shown as a link (rich text, reachable by mouse and keyboard).
    QLabel* addLink(Column column, const char* name, const QString& title);
    QLabel* field(const QString& name) const { return m_fields.value(name); }
    void set(const char* name, const QString& text) const;

private:
    QFormLayout* m_left;
    QFormLayout* m_right;
    QHash<QString, QLabel*> m_fields;
};

// A viewer's table of `model`: whole rows selected one at a time, nothing editable, Tab
// leaving the table rather than walking its cells.
QTableView* makeReadOnlyTable(QWidget* parent, QAbstractItemModel* model, const QString& name);

} // namespace mostrador::app
