-- SPDX-License-Identifier: MIT
-- Quotations and sales orders with their lines. A document keeps a copy of what it was
-- made from (customer name and addresses, product description, tax rate, cost), so later
-- changes to the files never rewrite it. Amounts: money in minor units, unit prices and
-- costs in 1/10000, quantities in 1/1000, rates and discounts in basis points. The totals
-- on the header are the lines' totals, stored for lists and summaries.

CREATE TABLE quotations (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    revision INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'accepted', 'rejected')),
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    customer_code TEXT NOT NULL,
    customer_name TEXT NOT NULL,
    customer_tax_id TEXT NOT NULL DEFAULT '',
    billing_address TEXT NOT NULL DEFAULT '',
    shipping_address TEXT NOT NULL DEFAULT '',
    payment_terms TEXT NOT NULL DEFAULT '',
    price_list TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    salesperson TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    reject_reason TEXT NOT NULL DEFAULT '',
    order_number TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL,
    untaxed INTEGER NOT NULL,
    tax INTEGER NOT NULL,
    total INTEGER NOT NULL,
    sent_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX quotations_date ON quotations (date, id);
CREATE INDEX quotations_customer ON quotations (customer_id, date, id);
CREATE INDEX quotations_status ON quotations (status, valid_until, id);

CREATE TABLE quotation_lines (
    id INTEGER PRIMARY KEY,
    quotation_id INTEGER NOT NULL REFERENCES quotations (id),
    position INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products (id),
    sku TEXT NOT NULL,
    description TEXT NOT NULL,
    unit TEXT NOT NULL,
    qty INTEGER NOT NULL,
    unit_price INTEGER NOT NULL,
    discount_bp INTEGER NOT NULL DEFAULT 0,
    tax_code TEXT NOT NULL DEFAULT '',
    tax_rate_bp INTEGER NOT NULL DEFAULT 0,
    unit_cost INTEGER NOT NULL DEFAULT 0,
    price_note TEXT NOT NULL DEFAULT '',
    net INTEGER NOT NULL,
    tax INTEGER NOT NULL
);
CREATE INDEX quotation_lines_quotation ON quotation_lines (quotation_id, position);

-- A revision that was sent and then revised: what the customer saw, as JSON.
CREATE TABLE quotation_revisions (
    quotation_id INTEGER NOT NULL REFERENCES quotations (id),
    revision INTEGER NOT NULL,
    date TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    total INTEGER NOT NULL,
    sent_at TEXT,
    document TEXT NOT NULL,
    PRIMARY KEY (quotation_id, revision)
);

CREATE TABLE sales_orders (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('draft', 'confirmed', 'credit_hold',
        'awaiting_approval', 'partially_shipped', 'shipped', 'closed', 'cancelled')),
    invoicing_status TEXT NOT NULL DEFAULT 'none'
        CHECK (invoicing_status IN ('none', 'partial', 'full')),
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
    updated_at TEXT NOT NULL
);
CREATE INDEX sales_orders_date ON sales_orders (date, id);
CREATE INDEX sales_orders_customer ON sales_orders (customer_id, date, id);
CREATE INDEX sales_orders_status ON sales_orders (status, date, id);

CREATE TABLE sales_order_lines (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES sales_orders (id),
    position INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products (id),
    sku TEXT NOT NULL,
    description TEXT NOT NULL,
    unit TEXT NOT NULL,
    qty INTEGER NOT NULL,
    unit_price INTEGER NOT NULL,
    discount_bp INTEGER NOT NULL DEFAULT 0,
    tax_code TEXT NOT NULL DEFAULT '',
    tax_rate_bp INTEGER NOT NULL DEFAULT 0,
    unit_cost INTEGER NOT NULL DEFAULT 0,
    price_note TEXT NOT NULL DEFAULT '',
    net INTEGER NOT NULL,
    tax INTEGER NOT NULL,
    requested_date TEXT,
    reserved_qty INTEGER NOT NULL DEFAULT 0,
    shipped_qty INTEGER NOT NULL DEFAULT 0,
    invoiced_qty INTEGER NOT NULL DEFAULT 0,
    cancelled_qty INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sales_order_lines_order ON sales_order_lines (order_id, position);
CREATE INDEX sales_order_lines_product ON sales_order_lines (product_id);
