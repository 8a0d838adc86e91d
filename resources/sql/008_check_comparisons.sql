-- foreign_keys: off
-- Rebuilds the two tables the order workflow writes most, with their CHECK constraints
-- written as comparisons. SQLite compiles a CHECK of the form x IN ('a', 'b', 'c') into a
-- temporary index that it builds again on every INSERT and UPDATE, which cost more than
-- the write itself. The rows, the columns and what the constraints allow stay the same.
-- (SQLite's procedure for changing a table's definition: new table, copy, drop, rename.)

CREATE TABLE stock_movements_new (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id),
    qty INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind = 'adjustment' OR kind = 'shipment' OR kind = 'return'),
    reason TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    user_name TEXT NOT NULL,
    at TEXT NOT NULL
);
INSERT INTO stock_movements_new (id, product_id, qty, kind, reason, reference, user_name, at)
    SELECT id, product_id, qty, kind, reason, reference, user_name, at FROM stock_movements;
DROP TABLE stock_movements;
ALTER TABLE stock_movements_new RENAME TO stock_movements;
CREATE INDEX stock_movements_product ON stock_movements (product_id, id);

CREATE TABLE sales_orders_new (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status = 'draft' OR status = 'confirmed'
        OR status = 'credit_hold' OR status = 'awaiting_approval'
        OR status = 'partially_shipped' OR status = 'shipped' OR status = 'closed'
        OR status = 'cancelled'),
    invoicing_status TEXT NOT NULL DEFAULT 'none'
        CHECK (invoicing_status = 'none' OR invoicing_status = 'partial'
            OR invoicing_status = 'full'),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    customer_code TEXT NOT NULL,
    customer_name TEXT NOT NULL,
    customer_tax_id TEXT NOT NULL DEFAULT '',
    billing_address TEXT NOT NULL DEFAULT '',
    shipping_address TEXT NOT NULL DEFAULT '',
    payment_terms TEXT NOT NULL DEFAULT '',
    price_list TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    requested_date TEXT,
    salesperson TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    quotation_id INTEGER REFERENCES quotations (id),
    quotation_number TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL,
    untaxed INTEGER NOT NULL,
    tax INTEGER NOT NULL,
    total INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hold_reasons TEXT NOT NULL DEFAULT '',
    approval_reasons TEXT NOT NULL DEFAULT '',
    release_reason TEXT NOT NULL DEFAULT '',
    released_by TEXT NOT NULL DEFAULT '',
    cancel_reason TEXT NOT NULL DEFAULT '',
    open_value INTEGER NOT NULL DEFAULT 0,
    deposits INTEGER NOT NULL DEFAULT 0,
    confirmed_at TEXT
);
INSERT INTO sales_orders_new (id, number, status, invoicing_status, customer_id, customer_code,
        customer_name, customer_tax_id, billing_address, shipping_address, payment_terms,
        price_list, date, requested_date, salesperson, notes, quotation_id, quotation_number,
        currency, untaxed, tax, total, version, created_at, updated_at, hold_reasons,
        approval_reasons, release_reason, released_by, cancel_reason, open_value, deposits,
        confirmed_at)
    SELECT id, number, status, invoicing_status, customer_id, customer_code,
        customer_name, customer_tax_id, billing_address, shipping_address, payment_terms,
        price_list, date, requested_date, salesperson, notes, quotation_id, quotation_number,
        currency, untaxed, tax, total, version, created_at, updated_at, hold_reasons,
        approval_reasons, release_reason, released_by, cancel_reason, open_value, deposits,
        confirmed_at
    FROM sales_orders;
DROP TABLE sales_orders;
ALTER TABLE sales_orders_new RENAME TO sales_orders;
CREATE INDEX sales_orders_date ON sales_orders (date, id);
CREATE INDEX sales_orders_customer ON sales_orders (customer_id, date, id);
CREATE INDEX sales_orders_status ON sales_orders (status, date, id);
CREATE INDEX sales_orders_customer_name ON sales_orders (customer_name COLLATE NOCASE, id);
CREATE INDEX sales_orders_requested ON sales_orders (requested_date, id);
CREATE INDEX sales_orders_total ON sales_orders (total, id);
