-- SPDX-License-Identifier: MIT
-- Money in: invoices and their due dates, deposits applied to them, payments and what
-- they pay, chargebacks, returns and credit notes. Money in minor units, quantities in
-- 1/1000, prices and costs in 1/10000, rates and discounts in basis points.
-- CHECKs list their values as comparisons: an IN list of three or more makes SQLite build
-- a temporary index on every write (see migration 008).

-- A draft invoice is known by its draft number (DRAFT-…, not gapless); posting gives it
-- the next number of the invoice series, taken in the posting transaction (ARCHITECTURE
-- §7), and `number` becomes that. `balance` = total − deposits applied − paid, 0 while a
-- draft; `due_date` is the due date of the oldest installment not yet paid (NULL when
-- nothing is due), so the open invoices of a customer, oldest due first, are one index.
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    draft_number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'invoice' CHECK (kind = 'invoice' OR kind = 'advance'),
    status TEXT NOT NULL CHECK (status = 'draft' OR status = 'posted'
        OR status = 'partially_paid' OR status = 'paid'),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    customer_code TEXT NOT NULL,
    customer_name TEXT NOT NULL,
    customer_tax_id TEXT NOT NULL DEFAULT '',
    billing_address TEXT NOT NULL DEFAULT '',
    shipping_address TEXT NOT NULL DEFAULT '',
    payment_terms TEXT NOT NULL DEFAULT '',
    price_list TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    salesperson TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL,
    untaxed INTEGER NOT NULL,
    tax INTEGER NOT NULL,
    total INTEGER NOT NULL,
    deposits_applied INTEGER NOT NULL DEFAULT 0,
    paid INTEGER NOT NULL DEFAULT 0,
    balance INTEGER NOT NULL DEFAULT 0,
    due_date TEXT,
    posted_at TEXT,
    posted_by TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX invoices_date ON invoices (date, id);
CREATE INDEX invoices_customer ON invoices (customer_id, date, id);
CREATE INDEX invoices_status ON invoices (status, date, id);
CREATE INDEX invoices_customer_name ON invoices (customer_name COLLATE NOCASE, id);
CREATE INDEX invoices_total ON invoices (total, id);
CREATE INDEX invoices_open ON invoices (customer_id, due_date, id) WHERE balance <> 0;

-- Goods lines come from order lines; an advance line (VAT on advance payments) deducts
-- an advance invoice and has no order line.
CREATE TABLE invoice_lines (
    id INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'goods' CHECK (kind = 'goods' OR kind = 'advance'),
    order_id INTEGER REFERENCES sales_orders (id),
    order_number TEXT NOT NULL DEFAULT '',
    order_line_id INTEGER REFERENCES sales_order_lines (id),
    product_id INTEGER REFERENCES products (id),
    sku TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    qty INTEGER NOT NULL,
    unit_price INTEGER NOT NULL,
    discount_bp INTEGER NOT NULL DEFAULT 0,
    tax_code TEXT NOT NULL DEFAULT '',
    tax_rate_bp INTEGER NOT NULL DEFAULT 0,
    unit_cost INTEGER NOT NULL DEFAULT 0,
    net INTEGER NOT NULL,
    tax INTEGER NOT NULL
);
CREATE INDEX invoice_lines_invoice ON invoice_lines (invoice_id, position);
CREATE INDEX invoice_lines_order_line ON invoice_lines (order_line_id);
CREATE INDEX invoice_lines_order ON invoice_lines (order_id, invoice_id);

-- The installments of a posted invoice (split payment terms give several).
CREATE TABLE invoice_due_dates (
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    position INTEGER NOT NULL,
    due_date TEXT NOT NULL,
    amount INTEGER NOT NULL,
    PRIMARY KEY (invoice_id, position)
);

-- Deposits an invoice used at posting (deposits.applied is their sum per deposit).
CREATE TABLE deposit_applications (
    id INTEGER PRIMARY KEY,
    deposit_id INTEGER NOT NULL REFERENCES deposits (id),
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    amount INTEGER NOT NULL CHECK (amount > 0)
);
CREATE INDEX deposit_applications_invoice ON deposit_applications (invoice_id, id);
CREATE INDEX deposit_applications_deposit ON deposit_applications (deposit_id, id);

-- A return against a shipment; `damaged` goods are not restocked.
CREATE TABLE returns (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    shipment_id INTEGER NOT NULL REFERENCES shipments (id),
    order_id INTEGER NOT NULL REFERENCES sales_orders (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    date TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    damaged INTEGER NOT NULL DEFAULT 0,
    user_name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX returns_shipment ON returns (shipment_id, id);
CREATE INDEX returns_customer ON returns (customer_id, date, id);
CREATE INDEX returns_date ON returns (date, id);

CREATE TABLE return_lines (
    id INTEGER PRIMARY KEY,
    return_id INTEGER NOT NULL REFERENCES returns (id),
    position INTEGER NOT NULL,
    shipment_line_id INTEGER NOT NULL REFERENCES shipment_lines (id),
    order_line_id INTEGER NOT NULL REFERENCES sales_order_lines (id),
    product_id INTEGER NOT NULL REFERENCES products (id),
    sku TEXT NOT NULL,
    description TEXT NOT NULL,
    unit TEXT NOT NULL,
    qty INTEGER NOT NULL CHECK (qty > 0),
    credited_qty INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX return_lines_return ON return_lines (return_id, position);
CREATE INDEX return_lines_shipment_line ON return_lines (shipment_line_id);

-- What was returned of each shipment line and order line; returned quantities that were
-- not invoiced yet are no longer to be invoiced.
ALTER TABLE shipment_lines ADD COLUMN returned_qty INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sales_order_lines ADD COLUMN returned_qty INTEGER NOT NULL DEFAULT 0;

-- Credit notes have their own gapless series and are posted when made. `unallocated` is
-- what is left to allocate to open invoices or refund.
CREATE TABLE credit_notes (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    return_id INTEGER REFERENCES returns (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    customer_code TEXT NOT NULL,
    customer_name TEXT NOT NULL,
    customer_tax_id TEXT NOT NULL DEFAULT '',
    billing_address TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL,
    untaxed INTEGER NOT NULL,
    tax INTEGER NOT NULL,
    total INTEGER NOT NULL,
    unallocated INTEGER NOT NULL,
    user_name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX credit_notes_customer ON credit_notes (customer_id, date, id);
CREATE INDEX credit_notes_date ON credit_notes (date, id);
CREATE INDEX credit_notes_open ON credit_notes (customer_id, date, id) WHERE unallocated <> 0;

CREATE TABLE credit_note_lines (
    id INTEGER PRIMARY KEY,
    credit_note_id INTEGER NOT NULL REFERENCES credit_notes (id),
    position INTEGER NOT NULL,
    invoice_line_id INTEGER NOT NULL REFERENCES invoice_lines (id),
    invoice_number TEXT NOT NULL,
    product_id INTEGER REFERENCES products (id),
    sku TEXT NOT NULL,
    description TEXT NOT NULL,
    unit TEXT NOT NULL,
    qty INTEGER NOT NULL,
    unit_price INTEGER NOT NULL,
    discount_bp INTEGER NOT NULL DEFAULT 0,
    tax_code TEXT NOT NULL DEFAULT '',
    tax_rate_bp INTEGER NOT NULL DEFAULT 0,
    net INTEGER NOT NULL,
    tax INTEGER NOT NULL
);
CREATE INDEX credit_note_lines_note ON credit_note_lines (credit_note_id, position);
CREATE INDEX credit_note_lines_invoice_line ON credit_note_lines (invoice_line_id);

-- Money received (kind payment, amount > 0) or paid back (kind refund, amount < 0, from
-- a credit note or the customer's credit). `unallocated` is the customer's credit left
-- from a payment; `charged_back` what chargebacks took back.
CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'payment' CHECK (kind = 'payment' OR kind = 'refund'),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    amount INTEGER NOT NULL CHECK (amount <> 0),
    unallocated INTEGER NOT NULL DEFAULT 0,
    charged_back INTEGER NOT NULL DEFAULT 0,
    credit_note_id INTEGER REFERENCES credit_notes (id),
    method TEXT NOT NULL,
    date TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    user_name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX payments_customer ON payments (customer_id, date, id);
CREATE INDEX payments_date ON payments (date, id);
CREATE INDEX payments_open ON payments (customer_id, date, id) WHERE unallocated <> 0;

-- What a payment or a credit note pays of an invoice. A chargeback takes allocations
-- back newest first (`undone`); the rows stay as history.
CREATE TABLE allocations (
    id INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    payment_id INTEGER REFERENCES payments (id),
    credit_note_id INTEGER REFERENCES credit_notes (id),
    amount INTEGER NOT NULL CHECK (amount > 0),
    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone >= 0 AND undone <= amount),
    date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK ((payment_id IS NULL) <> (credit_note_id IS NULL))
);
CREATE INDEX allocations_invoice ON allocations (invoice_id, id);
CREATE INDEX allocations_payment ON allocations (payment_id, id);
CREATE INDEX allocations_credit_note ON allocations (credit_note_id, id);

CREATE TABLE chargebacks (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    payment_id INTEGER NOT NULL REFERENCES payments (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    amount INTEGER NOT NULL CHECK (amount > 0),
    reason TEXT NOT NULL CHECK (reason = 'dispute' OR reason = 'bounced' OR reason = 'deduction'),
    notes TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    user_name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX chargebacks_payment ON chargebacks (payment_id, id);
CREATE INDEX chargebacks_customer ON chargebacks (customer_id, date, id);

INSERT INTO number_series (kind, format) VALUES
    ('invoice_draft', 'DRAFT-{#####}'),
    ('chargeback', 'CB-{YYYY}-{#####}');
