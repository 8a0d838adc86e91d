-- SPDX-License-Identifier: MIT
-- Fewer b-trees on the write path of an order (issue 5): each b-tree a transaction touches
-- is one more page written to the WAL at its commit.

-- Nothing read audit_log through audit_log_entity: the log's one query (entity and key,
-- each optional, newest first) walks the table backwards from its newest row. The index
-- cost two of an order's eighty pages.
DROP INDEX audit_log_entity;

-- Only openAdvances reads invoice lines by order, and only advance lines: goods lines
-- no longer enter the index.
DROP INDEX invoice_lines_order;
CREATE INDEX invoice_lines_order ON invoice_lines (order_id, invoice_id)
    WHERE kind = 'advance';

-- The installments keyed by their primary key in one b-tree (it holds every column, as the
-- covering invoice_due_dates_schedule of migration 012 did), instead of a rowid table, the
-- key's own index and that one. Nothing references invoice_due_dates, so dropping the old
-- table with foreign keys on deletes nothing else.
CREATE TABLE invoice_due_dates_new (
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    position INTEGER NOT NULL,
    due_date TEXT NOT NULL,
    amount INTEGER NOT NULL,
    PRIMARY KEY (invoice_id, position)
) WITHOUT ROWID;
INSERT INTO invoice_due_dates_new (invoice_id, position, due_date, amount)
    SELECT invoice_id, position, due_date, amount FROM invoice_due_dates;
DROP TABLE invoice_due_dates;
ALTER TABLE invoice_due_dates_new RENAME TO invoice_due_dates;
