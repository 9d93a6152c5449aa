--liquibase formatted sql

--changeset order-service:payment-004-replaced-payments
--comment: A payment replaced by a re-authorisation for a new total (the order's lines changed) is no longer its order's live payment, while its own authorisation is being voided.
ALTER TABLE payment ADD COLUMN replaced BOOLEAN NOT NULL DEFAULT false;
DROP INDEX payment_one_live_per_order;
CREATE UNIQUE INDEX payment_one_live_per_order ON payment (order_id)
  WHERE status IN ('PENDING', 'REQUIRES_ACTION', 'AUTHORISED', 'CAPTURED', 'PARTIALLY_REFUNDED') AND NOT replaced;
--rollback DROP INDEX payment_one_live_per_order; CREATE UNIQUE INDEX payment_one_live_per_order ON payment (order_id) WHERE status IN ('PENDING', 'REQUIRES_ACTION', 'AUTHORISED', 'CAPTURED', 'PARTIALLY_REFUNDED'); ALTER TABLE payment DROP COLUMN replaced;
