-- SPDX-License-Identifier: MIT
-- The dashboard ages every open invoice (issue 6). Over a million orders the open ones are
-- scattered through a table of wide rows, and reading them through invoices_open cost more
-- than a second in page reads; these two indexes hold all the aging needs, so the read
-- touches only them (about a quarter of the time). The first is partial like
-- invoices_open: it holds the open invoices only, led by the salesperson for "My figures".
CREATE INDEX invoices_open_aging ON invoices (salesperson, id, date, total, deposits_applied,
    paid, balance) WHERE balance <> 0;
CREATE INDEX invoice_due_dates_schedule ON invoice_due_dates (invoice_id, position, due_date,
    amount);
