--liquibase formatted sql

--changeset order-service:ordering-020-exchange-credit
--comment: An exchange's replacement order is paid partly (or wholly) by the return it replaces, and may wait for that return before it ships (issue 20).
ALTER TABLE orders ADD COLUMN credit_minor BIGINT;
ALTER TABLE orders ADD COLUMN credit_return_id UUID;
ALTER TABLE orders ADD COLUMN credit_order_id UUID;
ALTER TABLE orders ADD COLUMN awaiting_return BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE orders ADD CONSTRAINT orders_credit_whole CHECK ((credit_minor IS NULL) = (credit_return_id IS NULL)
    AND (credit_minor IS NULL) = (credit_order_id IS NULL) AND (credit_minor IS NULL OR credit_minor BETWEEN 0 AND grand_total_minor));
ALTER TABLE orders ADD CONSTRAINT orders_awaits_return_only_with_credit CHECK (NOT awaiting_return OR credit_minor IS NOT NULL);
-- One replacement per return: a retried placement finds the first.
CREATE UNIQUE INDEX orders_one_replacement_per_return ON orders (credit_return_id) WHERE credit_return_id IS NOT NULL;
--rollback DROP INDEX orders_one_replacement_per_return; ALTER TABLE orders DROP CONSTRAINT orders_awaits_return_only_with_credit; ALTER TABLE orders DROP CONSTRAINT orders_credit_whole; ALTER TABLE orders DROP COLUMN awaiting_return; ALTER TABLE orders DROP COLUMN credit_order_id; ALTER TABLE orders DROP COLUMN credit_return_id; ALTER TABLE orders DROP COLUMN credit_minor;
