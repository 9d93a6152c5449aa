--liquibase formatted sql

--changeset order-service:ordering-003-placement-saga
--comment: Where each order's placement stands (ADR 0014): next step, what to undo, attempts, deadlines.
CREATE TABLE placement_saga
(
  -- Deferred: the saga row is written with its order in one transaction, in whatever order the ORM flushes.
  order_id             UUID         NOT NULL PRIMARY KEY REFERENCES orders (id) DEFERRABLE INITIALLY DEFERRED,
  status               VARCHAR(32)  NOT NULL,
  parked_from          VARCHAR(32),
  step                 VARCHAR(32),
  compensations        VARCHAR(64)  NOT NULL DEFAULT '',
  attempts             INT          NOT NULL DEFAULT 0,
  next_attempt_at      TIMESTAMP WITH TIME ZONE,
  payment_retry_until  TIMESTAMP WITH TIME ZONE,
  failure_reason       VARCHAR(500),
  started_at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  updated_at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  version              BIGINT       NOT NULL,
  CONSTRAINT placement_saga_status_valid CHECK (status IN ('RUNNING', 'AWAITING_REVIEW', 'AWAITING_PAYMENT_RETRY',
      'COMPENSATING', 'PARKED', 'COMPLETED', 'FAILED')),
  CONSTRAINT placement_saga_step_valid CHECK (step IN ('SCREEN', 'RESERVE_STOCK', 'AUTHORISE_PAYMENT', 'CONFIRM')),
  CONSTRAINT placement_saga_running_has_step CHECK (status <> 'RUNNING' OR step IS NOT NULL),
  CONSTRAINT placement_saga_attempts_not_negative CHECK (attempts >= 0)
);
CREATE INDEX placement_saga_due ON placement_saga (next_attempt_at)
  WHERE status IN ('RUNNING', 'COMPENSATING', 'AWAITING_PAYMENT_RETRY');
CREATE INDEX placement_saga_parked ON placement_saga (updated_at) WHERE status = 'PARKED';
--rollback DROP TABLE placement_saga;
