-- SPDX-License-Identifier: MIT
-- The order list sorts by customer, requested date and total as well as by date,
-- number and state: without these a sorted page of a million orders sorts them all.
CREATE INDEX sales_orders_customer_name ON sales_orders (customer_name COLLATE NOCASE, id);
CREATE INDEX sales_orders_requested ON sales_orders (requested_date, id);
CREATE INDEX sales_orders_total ON sales_orders (total, id);
