// SPDX-License-Identifier: MIT
#pragma once

#include "domain/invoice.h"

namespace mostrador::test {

// INV-2026-00031 (draft DRAFT-00012), posted 5/12/2026 for the sample order's first
// `lineCount` lines (SO-2026-00108), terms NET30/60 split in two installments
// (4/1/2027 and 3/2/2027), deposit DEP-2026-00007 of 100,00 € applied and 50,00 € paid:
// partially paid.
domain::Invoice sampleInvoice(int lineCount);

// The same lines as a draft: no number, installments, deposits or payments yet.
domain::Invoice sampleDraftInvoice(int lineCount);

} // namespace mostrador::test
