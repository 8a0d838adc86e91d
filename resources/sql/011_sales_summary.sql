-- SPDX-License-Identifier: MIT
-- Sales figures by month, kept by the services inside the transactions that post invoices
-- and credit notes, so that the dashboard and whole-month reports over a million orders
-- read a few thousand rows instead of every invoice line (ARCHITECTURE §9).
-- sales = untaxed net of the goods lines of posted invoices less those of credit notes
-- (advance invoices and their deductions are payments on account, not sales);
-- cost = Σ round(qty × the line's unit cost); both in the currency's minor units.
-- month is 'YYYY-MM' of the document's date; salesperson that of the document.
CREATE TABLE sales_by_month (
    month TEXT NOT NULL,
    salesperson TEXT NOT NULL,
    sales INTEGER NOT NULL DEFAULT 0,
    cost INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, salesperson)
) WITHOUT ROWID;

CREATE TABLE sales_by_customer (
    month TEXT NOT NULL,
    salesperson TEXT NOT NULL,
    customer_id INTEGER NOT NULL,
    sales INTEGER NOT NULL DEFAULT 0,
    cost INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, salesperson, customer_id)
) WITHOUT ROWID;

-- qty in thousandths.
CREATE TABLE sales_by_product (
    month TEXT NOT NULL,
    salesperson TEXT NOT NULL,
    product_id INTEGER NOT NULL,
    qty INTEGER NOT NULL DEFAULT 0,
    sales INTEGER NOT NULL DEFAULT 0,
    cost INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, salesperson, product_id)
) WITHOUT ROWID;
