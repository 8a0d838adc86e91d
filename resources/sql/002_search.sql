-- SPDX-License-Identifier: MIT
-- Full-text search over customers and products (SQLite FTS5; the PostgreSQL dialect
-- will use tsvector). Diacritics are folded so "garcia" finds "García".

CREATE VIRTUAL TABLE customers_fts USING fts5 (
    code, name, tax_id, email,
    content = 'customers', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers
BEGIN
    INSERT INTO customers_fts (rowid, code, name, tax_id, email)
    VALUES (new.id, new.code, new.name, new.tax_id, new.email);
END;

CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers
BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, code, name, tax_id, email)
    VALUES ('delete', old.id, old.code, old.name, old.tax_id, old.email);
END;

CREATE TRIGGER customers_fts_update AFTER UPDATE OF code, name, tax_id, email ON customers
BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, code, name, tax_id, email)
    VALUES ('delete', old.id, old.code, old.name, old.tax_id, old.email);
    INSERT INTO customers_fts (rowid, code, name, tax_id, email)
    VALUES (new.id, new.code, new.name, new.tax_id, new.email);
END;

CREATE VIRTUAL TABLE products_fts USING fts5 (
    sku, name, category,
    content = 'products', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER products_fts_insert AFTER INSERT ON products
BEGIN
    INSERT INTO products_fts (rowid, sku, name, category)
    VALUES (new.id, new.sku, new.name, new.category);
END;

CREATE TRIGGER products_fts_delete AFTER DELETE ON products
BEGIN
    INSERT INTO products_fts (products_fts, rowid, sku, name, category)
    VALUES ('delete', old.id, old.sku, old.name, old.category);
END;

CREATE TRIGGER products_fts_update AFTER UPDATE OF sku, name, category ON products
BEGIN
    INSERT INTO products_fts (products_fts, rowid, sku, name, category)
    VALUES ('delete', old.id, old.sku, old.name, old.category);
    INSERT INTO products_fts (rowid, sku, name, category)
    VALUES (new.id, new.sku, new.name, new.category);
END;

-- Index what a database upgraded from schema 1 already holds.
INSERT INTO customers_fts (customers_fts) VALUES ('rebuild');
INSERT INTO products_fts (products_fts) VALUES ('rebuild');
