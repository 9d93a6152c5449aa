--liquibase formatted sql

--changeset order-service:ordering-019-refund-reference-and-retry
--comment: A refund names what it is for (a return's RMA) and, once it failed and an operator asked for it again, its retry; failed refunds nobody retried are the operators' list (issue 20).
ALTER TABLE order_refund ADD COLUMN reference VARCHAR(120);
ALTER TABLE order_refund ADD COLUMN retried_as UUID;
ALTER TABLE order_refund ADD CONSTRAINT order_refund_retried_only_when_failed CHECK (retried_as IS NULL OR status = 'FAILED');
CREATE INDEX order_refund_failed_not_retried ON order_refund (settled_at) WHERE status = 'FAILED' AND retried_as IS NULL AND kind = 'REFUND';
--rollback DROP INDEX order_refund_failed_not_retried; ALTER TABLE order_refund DROP CONSTRAINT order_refund_retried_only_when_failed; ALTER TABLE order_refund DROP COLUMN retried_as; ALTER TABLE order_refund DROP COLUMN reference;
