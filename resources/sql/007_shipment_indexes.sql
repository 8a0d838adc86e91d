-- SPDX-License-Identifier: MIT
-- The shipments list filters by customer and order and sorts by customer and order as
-- well as by date, number and carrier: without these, a filtered or sorted page of a
-- million shipments reads or sorts them all.
CREATE INDEX shipments_customer ON shipments (customer_id, date, id);
CREATE INDEX shipments_customer_name ON shipments (customer_name COLLATE NOCASE, id);
CREATE INDEX shipments_order_number ON shipments (order_number, id);
