-- SPDX-License-Identifier: MIT
-- Foundation: company, settings, users, customers, products, stock, numbering, audit.
-- Money is INTEGER minor units; unit prices INTEGER 1/10000; quantities INTEGER 1/1000;
-- percentages INTEGER basis points; dates ISO-8601 text.

CREATE TABLE company (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    tax_id TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    logo BLOB,
    currency TEXT NOT NULL DEFAULT 'EUR'
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE tax_rates (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000)
);

CREATE TABLE payment_terms (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    days TEXT NOT NULL
);

CREATE TABLE number_series (
    kind TEXT PRIMARY KEY,
    format TEXT NOT NULL,
    year INTEGER NOT NULL DEFAULT 0,
    next_value INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'sales', 'warehouse', 'accounting')),
    active INTEGER NOT NULL DEFAULT 1,
    max_discount_bp INTEGER NOT NULL DEFAULT 1000,
    created_at TEXT NOT NULL
);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    tax_id TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    billing_address TEXT NOT NULL DEFAULT '',
    shipping_address TEXT NOT NULL DEFAULT '',
    payment_terms TEXT REFERENCES payment_terms (code),
    credit_limit INTEGER,
    price_list TEXT NOT NULL DEFAULT '',
    on_hold INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX customers_tax_id ON customers (tax_id) WHERE tax_id <> '';
CREATE INDEX customers_name ON customers (name COLLATE NOCASE, id);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_customer ON contacts (customer_id, position);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    list_price INTEGER NOT NULL,
    standard_cost INTEGER NOT NULL DEFAULT 0,
    tax_code TEXT REFERENCES tax_rates (code),
    weight_g INTEGER NOT NULL DEFAULT 0,
    category TEXT NOT NULL DEFAULT '',
    tracked INTEGER NOT NULL DEFAULT 1,
    active INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX products_name ON products (name COLLATE NOCASE, id);
CREATE INDEX products_category ON products (category, id);

-- The ledger is the truth; stock_levels is its running sum, kept in the same transaction.
CREATE TABLE stock_movements (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id),
    qty INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('adjustment', 'shipment', 'return')),
    reason TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    user_name TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX stock_movements_product ON stock_movements (product_id, id);

CREATE TABLE stock_levels (
    product_id INTEGER PRIMARY KEY REFERENCES products (id),
    on_hand INTEGER NOT NULL DEFAULT 0,
    reserved INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    before_json TEXT NOT NULL DEFAULT '',
    after_json TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_key, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

INSERT INTO number_series (kind, format) VALUES
    ('customer', 'C{#####}'),
    ('quotation', 'Q-{YYYY}-{#####}'),
    ('order', 'SO-{YYYY}-{#####}'),
    ('shipment', 'SH-{YYYY}-{#####}'),
    ('invoice', 'INV-{YYYY}-{#####}'),
    ('credit_note', 'CN-{YYYY}-{#####}'),
    ('payment', 'PAY-{YYYY}-{#####}'),
    ('return', 'RMA-{YYYY}-{#####}');
