// SPDX-License-Identifier: MIT
#include "domain/workflow.h"

#include <gtest/gtest.h>

using namespace mostrador::domain;

TEST(Workflow, QuotationTransitionsFollowTheTable) {
    const Workflow& q = quotationWorkflow();
    EXPECT_TRUE(q.allows(u"draft", u"send", u"sent"));
    EXPECT_TRUE(q.allows(u"sent", u"accept", u"accepted"));
    EXPECT_TRUE(q.allows(u"sent", u"revise", u"draft"));
    EXPECT_FALSE(q.allows(u"accepted", u"reject", u"rejected"));
    EXPECT_FALSE(q.allows(u"rejected", u"accept", u"accepted"));
    EXPECT_FALSE(q.allows(u"expired", u"accept", u"accepted"));
    EXPECT_FALSE(q.allows(u"sent", u"edit", u"sent"));
}

TEST(Workflow, RefusalNamesDocumentStateAndAction) {
    const auto r = quotationWorkflow().require(u"accepted", u"reject", u"rejected",
                                               QStringLiteral("Q-2026-00001"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, mostrador::ErrorKind::Rule);
    EXPECT_EQ(r.error().code, QStringLiteral("quotation.transition"));
    EXPECT_EQ(r.error().message, QStringLiteral("Q-2026-00001 is accepted: it cannot be rejected"));
    const auto hold =
        salesOrderWorkflow().require(u"credit_hold", u"ship", u"shipped", QStringLiteral("SO-1"));
    EXPECT_EQ(hold.error().message, QStringLiteral("SO-1 is on credit hold: it cannot be shipped"));
}

TEST(Workflow, OrderConfirmationHasThreeOutcomes) {
    const Workflow& o = salesOrderWorkflow();
    for (const char16_t* to : {u"confirmed", u"credit_hold", u"awaiting_approval"})
        EXPECT_TRUE(o.allows(u"draft", u"confirm", to));
    EXPECT_FALSE(o.allows(u"draft", u"confirm", u"shipped"));
    EXPECT_FALSE(o.allows(u"shipped", u"cancel", u"cancelled"));
    EXPECT_TRUE(o.allows(u"partially_shipped", u"cancel", u"shipped"));
    EXPECT_EQ(o.actionsFrom(u"credit_hold"),
              (QStringList{QStringLiteral("release"), QStringLiteral("confirm"),
                           QStringLiteral("cancel")}));
    // Checking credit again from a hold never skips to shipping.
    EXPECT_TRUE(o.allows(u"credit_hold", u"confirm", u"credit_hold"));
    EXPECT_FALSE(o.allows(u"credit_hold", u"confirm", u"awaiting_approval"));
}

TEST(Workflow, ExpiredIsDerivedFromValidUntil) {
    const QDate today(2026, 11, 27);
    EXPECT_EQ(effectiveQuotationState(u"sent", today, today), QStringLiteral("sent"));
    EXPECT_EQ(effectiveQuotationState(u"sent", today.addDays(-1), today),
              QStringLiteral("expired"));
    EXPECT_EQ(effectiveQuotationState(u"draft", today.addDays(-1), today),
              QStringLiteral("expired"));
    EXPECT_EQ(effectiveQuotationState(u"accepted", today.addDays(-1), today),
              QStringLiteral("accepted"));
}
