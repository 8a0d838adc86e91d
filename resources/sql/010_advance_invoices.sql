-- SPDX-License-Identifier: MIT
-- VAT on advance payments (setting invoice.advance_vat): a deposit is invoiced at once as an
-- advance invoice (invoices.kind 'advance', lines kind 'advance'), and the order's final
-- invoices deduct its lines with negative lines of kind 'advance' that name the advance
-- line they deduct. What is left to deduct of an advance line is its amount plus the
-- deduction lines naming it (drafts included, so two drafts never deduct the same part).
-- The partial index holds deduction lines only: goods lines cost it nothing.
ALTER TABLE invoice_lines ADD COLUMN advance_line_id INTEGER REFERENCES invoice_lines (id);
CREATE INDEX invoice_lines_advance ON invoice_lines (advance_line_id)
    WHERE advance_line_id IS NOT NULL;
