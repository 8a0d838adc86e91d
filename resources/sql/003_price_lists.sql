-- SPDX-License-Identifier: MIT
-- Price lists and their rules (fixed prices or discounts per product or category,
-- optionally per customer, from a quantity, between dates). Prices in 1/10000 units,
-- min_qty in thousandths, discounts in basis points, as the domain types hold them.

CREATE TABLE price_lists (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    currency TEXT NOT NULL
);

CREATE TABLE price_rules (
    id INTEGER PRIMARY KEY,
    price_list TEXT NOT NULL REFERENCES price_lists (code),
    sku TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    customer TEXT NOT NULL DEFAULT '',
    min_qty INTEGER NOT NULL DEFAULT 0,
    price INTEGER,
    discount_bp INTEGER,
    valid_from TEXT,
    valid_to TEXT,
    created_at TEXT NOT NULL
);

-- The candidate lookup: rules of one list by product or by category, and a customer's
-- own rules from any list.
CREATE INDEX price_rules_list_sku ON price_rules (price_list, sku);
CREATE INDEX price_rules_list_category ON price_rules (price_list, category);
CREATE INDEX price_rules_customer ON price_rules (customer);
