--liquibase formatted sql

--changeset order-service:ordering-005-order-list-indexes
--comment: Keyset pagination of the order list (GET /orders): one index per sort, and lines by SKU for the sku filter.
CREATE INDEX orders_by_placed ON orders (placed_at DESC, id DESC);
CREATE INDEX orders_by_total ON orders (currency, grand_total_minor, id);
CREATE INDEX orders_by_status ON orders (status, id);
CREATE INDEX order_lines_by_sku ON order_lines (sku, order_id);
--rollback DROP INDEX order_lines_by_sku; DROP INDEX orders_by_status; DROP INDEX orders_by_total; DROP INDEX orders_by_placed;
