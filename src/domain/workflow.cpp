// SPDX-License-Identifier: MIT
#include "domain/workflow.h"

namespace mostrador::domain {

namespace {

// The refused action as the end of "it cannot be …".
QString actionLabel(QStringView action) {
    struct Label {
        const char16_t* key;
        const char* text;
    };
    static const Label labels[] = {
        {u"edit", QT_TRANSLATE_NOOP("mostrador", "edited")},
        {u"send", QT_TRANSLATE_NOOP("mostrador", "sent")},
        {u"accept", QT_TRANSLATE_NOOP("mostrador", "accepted")},
        {u"reject", QT_TRANSLATE_NOOP("mostrador", "rejected")},
        {u"revise", QT_TRANSLATE_NOOP("mostrador", "revised")},
        {u"confirm", QT_TRANSLATE_NOOP("mostrador", "confirmed")},
        {u"approve", QT_TRANSLATE_NOOP("mostrador", "approved")},
        {u"release", QT_TRANSLATE_NOOP("mostrador", "released")},
        {u"cancel", QT_TRANSLATE_NOOP("mostrador", "cancelled")},
        {u"ship", QT_TRANSLATE_NOOP("mostrador", "shipped")},
        {u"close", QT_TRANSLATE_NOOP("mostrador", "closed")},
    };
    for (const Label& l : labels)
        if (action == QStringView(l.key))
            return trMsg(l.text);
    return action.toString();
}

} // namespace

QString stateLabel(QStringView state) {
    struct Label {
        const char16_t* key;
        const char* text;
    };
    static const Label labels[] = {
        {u"draft", QT_TRANSLATE_NOOP("mostrador", "draft")},
        {u"sent", QT_TRANSLATE_NOOP("mostrador", "sent")},
        {u"accepted", QT_TRANSLATE_NOOP("mostrador", "accepted")},
        {u"rejected", QT_TRANSLATE_NOOP("mostrador", "rejected")},
        {u"expired", QT_TRANSLATE_NOOP("mostrador", "expired")},
        {u"confirmed", QT_TRANSLATE_NOOP("mostrador", "confirmed")},
        {u"credit_hold", QT_TRANSLATE_NOOP("mostrador", "on credit hold")},
        {u"awaiting_approval", QT_TRANSLATE_NOOP("mostrador", "awaiting approval")},
        {u"partially_shipped", QT_TRANSLATE_NOOP("mostrador", "partially shipped")},
        {u"shipped", QT_TRANSLATE_NOOP("mostrador", "shipped")},
        {u"closed", QT_TRANSLATE_NOOP("mostrador", "closed")},
        {u"cancelled", QT_TRANSLATE_NOOP("mostrador", "cancelled")},
    };
    for (const Label& l : labels)
        if (state == QStringView(l.key))
            return trMsg(l.text);
    return state.toString();
}

bool Workflow::allows(QStringView from, QStringView action, QStringView to) const {
    for (const Transition& t : m_transitions) {
        if (from != QStringView(t.from) || action != QStringView(t.action))
            continue;
        for (const char16_t* target : t.to)
            if (to == QStringView(target))
                return true;
    }
    return false;
}

QStringList Workflow::actionsFrom(QStringView state) const {
    QStringList actions;
    for (const Transition& t : m_transitions)
        if (state == QStringView(t.from) && !actions.contains(QString::fromUtf16(t.action)))
            actions.append(QString::fromUtf16(t.action));
    return actions;
}

Status Workflow::require(QStringView from, QStringView action, QStringView to,
                         const QString& documentNumber) const {
    if (allows(from, action, to))
        return {};
    return fail(Error::rule(kind() + QStringLiteral(".transition"),
                            trMsg("%1 is %2: it cannot be %3")
                                .arg(documentNumber, stateLabel(from), actionLabel(action))));
}

const Workflow& quotationWorkflow() {
    static const Workflow w(u"quotation", {
                                              {u"draft", u"edit", {u"draft"}},
                                              {u"draft", u"send", {u"sent"}},
                                              {u"draft", u"accept", {u"accepted"}},
                                              {u"draft", u"reject", {u"rejected"}},
                                              {u"sent", u"revise", {u"draft"}},
                                              {u"sent", u"accept", {u"accepted"}},
                                              {u"sent", u"reject", {u"rejected"}},
                                              {u"expired", u"revise", {u"draft"}},
                                              {u"expired", u"reject", {u"rejected"}},
                                          });
    return w;
}

const Workflow& salesOrderWorkflow() {
    static const Workflow w(
        u"order", {
                      {u"draft", u"edit", {u"draft"}},
                      {u"draft", u"confirm", {u"confirmed", u"credit_hold", u"awaiting_approval"}},
                      {u"draft", u"cancel", {u"cancelled"}},
                      {u"awaiting_approval", u"approve", {u"confirmed", u"credit_hold"}},
                      {u"awaiting_approval", u"cancel", {u"cancelled"}},
                      {u"credit_hold", u"release", {u"confirmed"}},
                      // checking again, e.g. after a deposit or a payment
                      {u"credit_hold", u"confirm", {u"confirmed", u"credit_hold"}},
                      {u"credit_hold", u"cancel", {u"cancelled"}},
                      {u"confirmed", u"ship", {u"partially_shipped", u"shipped"}},
                      {u"confirmed", u"cancel", {u"cancelled"}},
                      {u"partially_shipped", u"ship", {u"partially_shipped", u"shipped"}},
                      {u"partially_shipped", u"cancel", {u"shipped"}}, // cancels what remains
                      {u"shipped", u"close", {u"closed"}},
                  });
    return w;
}

QString effectiveQuotationState(QStringView stored, QDate validUntil, QDate today) {
    const bool open = stored == u"draft" || stored == u"sent";
    if (open && validUntil.isValid() && validUntil < today)
        return QStringLiteral("expired");
    return stored.toString();
}

} // namespace mostrador::domain
