--liquibase formatted sql

--changeset order-service:ordering-004-placement-saga-dispatch
--comment: The saga drives placement (ADR 0014): dispatched work and its deadline, the customer's payment choice and screening facts, the payment attempt, and the wait for a payment's confirmation.
ALTER TABLE placement_saga
  ADD COLUMN dispatched      BOOLEAN     NOT NULL DEFAULT false,
  ADD COLUMN payment_attempt INT         NOT NULL DEFAULT 1,
  ADD COLUMN payment_method  VARCHAR(32) NOT NULL DEFAULT 'CARD',
  ADD COLUMN payment_token   VARCHAR(128) NOT NULL DEFAULT 'unknown',
  ADD COLUMN billing_country VARCHAR(2),
  ADD COLUMN client_address  VARCHAR(64),
  ADD CONSTRAINT placement_saga_payment_attempt_positive CHECK (payment_attempt >= 1),
  ADD CONSTRAINT placement_saga_payment_method_valid CHECK (payment_method IN ('CARD', 'WALLET', 'BANK_TRANSFER')),
  -- As on payment: a token never holds 12 or more digits in a row, whatever a client sends.
  ADD CONSTRAINT placement_saga_token_not_card_number CHECK (payment_token !~ '[0-9]{12,}'),
  ADD CONSTRAINT placement_saga_dispatched_has_deadline CHECK (NOT dispatched OR next_attempt_at IS NOT NULL);
ALTER TABLE placement_saga ALTER COLUMN payment_method DROP DEFAULT, ALTER COLUMN payment_token DROP DEFAULT;
ALTER TABLE placement_saga DROP CONSTRAINT placement_saga_status_valid;
ALTER TABLE placement_saga ADD CONSTRAINT placement_saga_status_valid CHECK (status IN ('RUNNING', 'AWAITING_REVIEW',
  'AWAITING_PAYMENT_ACTION', 'AWAITING_PAYMENT_RETRY', 'COMPENSATING', 'PARKED', 'COMPLETED', 'FAILED'));
DROP INDEX placement_saga_due;
CREATE INDEX placement_saga_due ON placement_saga (next_attempt_at)
  WHERE status IN ('RUNNING', 'COMPENSATING', 'AWAITING_PAYMENT_RETRY', 'AWAITING_PAYMENT_ACTION');
-- Fraud screening counts recent placements from one client address.
CREATE INDEX placement_saga_by_client ON placement_saga (client_address, started_at) WHERE client_address IS NOT NULL;
--rollback DROP INDEX placement_saga_by_client; ALTER TABLE placement_saga DROP COLUMN dispatched, DROP COLUMN payment_attempt, DROP COLUMN payment_method, DROP COLUMN payment_token, DROP COLUMN billing_country, DROP COLUMN client_address;
