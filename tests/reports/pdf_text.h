// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace mostrador::test {

// Whether pdftotext and pdfinfo (poppler-utils) can be run.
bool havePoppler();

// The text of a PDF as pdftotext -layout reads it, of one page (1-based) or of all
// (page 0), no-break spaces made plain; empty when the tool fails.
QString pdfText(const QString& path, int page = 0);

// `text` with no-break spaces made plain, to compare with pdfText.
QString plainSpaces(QString text);

} // namespace mostrador::test
