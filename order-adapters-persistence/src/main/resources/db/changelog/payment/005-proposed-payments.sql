--liquibase formatted sql

--changeset order-service:payment-005-proposed-payments
--comment: A re-authorisation proposed for a change of an order's lines is asked for with no transaction open, before the change commits; until the change adopts it, it is not its order's live payment (issue 17, item 9).
ALTER TABLE payment ADD COLUMN proposed BOOLEAN NOT NULL DEFAULT false;
DROP INDEX payment_one_live_per_order;
CREATE UNIQUE INDEX payment_one_live_per_order ON payment (order_id)
  WHERE status IN ('PENDING', 'REQUIRES_ACTION', 'AUTHORISED', 'CAPTURED', 'PARTIALLY_REFUNDED') AND NOT replaced AND NOT proposed;
-- The sweep for proposals a crash left behind reads only those.
CREATE INDEX payment_open_proposals ON payment (created_at) WHERE proposed AND NOT replaced AND status = 'AUTHORISED';
--rollback DROP INDEX payment_open_proposals; DROP INDEX payment_one_live_per_order; CREATE UNIQUE INDEX payment_one_live_per_order ON payment (order_id) WHERE status IN ('PENDING', 'REQUIRES_ACTION', 'AUTHORISED', 'CAPTURED', 'PARTIALLY_REFUNDED') AND NOT replaced; ALTER TABLE payment DROP COLUMN proposed;
