// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mostrador::domain {

// One allowed step of a document's life: from a state, an action leads to one of the
// listed states (the service picks which, e.g. confirm → confirmed or credit_hold).
// States and actions are persisted keys, never translated; labels are looked up apart.
struct Transition {
    const char16_t* from;
    const char16_t* action;
    QList<const char16_t*> to;
};

class Workflow {
public:
    Workflow(const char16_t* kind, QList<Transition> transitions)
        : m_kind(kind)
        , m_transitions(std::move(transitions)) {}

    QString kind() const { return QString::fromUtf16(m_kind); }
    bool allows(QStringView from, QStringView action, QStringView to) const;
    QStringList actionsFrom(QStringView state) const;
    // A Rule error naming the document, the state and the refused action.
    Status require(QStringView from, QStringView action, QStringView to,
                   const QString& documentNumber) const;

private:
    const char16_t* m_kind;
    QList<Transition> m_transitions;
};

// draft → sent → accepted | rejected; revising a sent (or expired) quotation makes a new
// draft revision; expired is derived from valid-until, never stored.
const Workflow& quotationWorkflow();
// draft → confirmed | credit_hold | awaiting_approval → (partially) shipped → closed.
const Workflow& salesOrderWorkflow();

// The translated name of a document state ("credit_hold" → "on credit hold"), for
// messages and screens; unknown keys come back as they are.
QString stateLabel(QStringView state);

// "expired" when a draft or sent quotation is past its valid-until date, else `stored`.
QString effectiveQuotationState(QStringView stored, QDate validUntil, QDate today);

} // namespace mostrador::domain
