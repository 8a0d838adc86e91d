// SPDX-License-Identifier: MIT
#pragma once

#include "domain/sales_document.h"
#include "domain/settings.h"

namespace mostrador::test {

// A quotation of `lineCount` lines at three tax rates (21 %, 10 %, 4 %), every fifth
// description long enough to wrap, priced with the one totals computation; number
// Q-2026-00042, revision `revision`.
domain::Quotation sampleQuotation(int lineCount, int revision = 1);

// Ferretería Ejemplo S.L. in EUR, with a logo.
domain::CompanyProfile sampleCompany();

} // namespace mostrador::test
