-- SPDX-License-Identifier: MIT
-- Orders past their draft: what confirmation decided, deposits, shipments, and the
-- customer's running credit figures. Money in minor units, quantities and weights
-- (kg) in 1/1000.

ALTER TABLE sales_orders ADD COLUMN hold_reasons TEXT NOT NULL DEFAULT '';
ALTER TABLE sales_orders ADD COLUMN approval_reasons TEXT NOT NULL DEFAULT '';
ALTER TABLE sales_orders ADD COLUMN release_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE sales_orders ADD COLUMN released_by TEXT NOT NULL DEFAULT '';
ALTER TABLE sales_orders ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
-- Incl.-tax value of the quantities neither invoiced nor cancelled; counted in the
-- customer's exposure while the order is confirmed (ARCHITECTURE §5).
ALTER TABLE sales_orders ADD COLUMN open_value INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sales_orders ADD COLUMN deposits INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sales_orders ADD COLUMN confirmed_at TEXT;

-- The credit figures of each customer, kept by the services inside the transactions
-- that change them, so a credit check never scans the customer's history.
CREATE TABLE customer_accounts (
    customer_id INTEGER PRIMARY KEY REFERENCES customers (id),
    ar_balance INTEGER NOT NULL DEFAULT 0,
    open_orders INTEGER NOT NULL DEFAULT 0,
    unapplied_deposits INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE deposits (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    order_id INTEGER NOT NULL REFERENCES sales_orders (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    amount INTEGER NOT NULL CHECK (amount > 0),
    applied INTEGER NOT NULL DEFAULT 0,
    method TEXT NOT NULL,
    date TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    user_name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX deposits_order ON deposits (order_id, id);
CREATE INDEX deposits_customer ON deposits (customer_id, date, id);

CREATE TABLE shipments (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    order_id INTEGER NOT NULL REFERENCES sales_orders (id),
    order_number TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    customer_code TEXT NOT NULL,
    customer_name TEXT NOT NULL,
    shipping_address TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    carrier TEXT NOT NULL DEFAULT '',
    tracking TEXT NOT NULL DEFAULT '',
    packages INTEGER NOT NULL DEFAULT 1 CHECK (packages >= 1),
    freight_terms TEXT NOT NULL DEFAULT 'prepaid' CHECK (freight_terms IN ('prepaid', 'collect')),
    weight INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    user_name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX shipments_date ON shipments (date, id);
CREATE INDEX shipments_order ON shipments (order_id, id);
CREATE INDEX shipments_carrier ON shipments (carrier, date, id);

CREATE TABLE shipment_lines (
    id INTEGER PRIMARY KEY,
    shipment_id INTEGER NOT NULL REFERENCES shipments (id),
    position INTEGER NOT NULL,
    order_line_id INTEGER NOT NULL REFERENCES sales_order_lines (id),
    product_id INTEGER NOT NULL REFERENCES products (id),
    sku TEXT NOT NULL,
    description TEXT NOT NULL,
    unit TEXT NOT NULL,
    qty INTEGER NOT NULL CHECK (qty > 0),
    weight INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX shipment_lines_shipment ON shipment_lines (shipment_id, position);
CREATE INDEX shipment_lines_order_line ON shipment_lines (order_line_id);

INSERT INTO number_series (kind, format) VALUES ('deposit', 'DEP-{YYYY}-{#####}');
