--liquibase formatted sql

--changeset order-service:payment-001-payments
--comment: Payments (one attempt to pay one order) and every exchange with their gateway. Tokens only: no card data.
CREATE TABLE payment
(
  id               UUID         NOT NULL PRIMARY KEY,
  -- No foreign key to orders: payment is its own capability (and is written before the order row in a placement).
  order_id         UUID         NOT NULL,
  customer_id      VARCHAR(64)  NOT NULL,
  currency         VARCHAR(3)   NOT NULL,
  amount_minor     BIGINT       NOT NULL,
  captured_minor   BIGINT       NOT NULL,
  refunded_minor   BIGINT       NOT NULL,
  method_type      VARCHAR(16)  NOT NULL,
  token            VARCHAR(128) NOT NULL,
  gateway          VARCHAR(32)  NOT NULL,
  status           VARCHAR(24)  NOT NULL,
  disputed         BOOLEAN      NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  version          BIGINT       NOT NULL,
  CONSTRAINT payment_status_valid CHECK (status IN ('PENDING', 'REQUIRES_ACTION', 'AUTHORISED', 'CAPTURED',
      'PARTIALLY_REFUNDED', 'REFUNDED', 'VOIDED', 'DECLINED', 'FAILED')),
  CONSTRAINT payment_method_type_valid CHECK (method_type IN ('CARD', 'WALLET', 'BANK_TRANSFER')),
  CONSTRAINT payment_amount_positive CHECK (amount_minor > 0),
  CONSTRAINT payment_captured_within_amount CHECK (captured_minor >= 0 AND captured_minor <= amount_minor),
  CONSTRAINT payment_refunded_within_captured CHECK (refunded_minor >= 0 AND refunded_minor <= captured_minor),
  CONSTRAINT payment_currency_iso CHECK (currency ~ '^[A-Z]{3}$'),
  -- The last line of defence against card data: a token never holds 12 or more digits in a row.
  CONSTRAINT payment_token_not_card_number CHECK (token !~ '[0-9]{12,}')
);
-- One live payment per order: a second attempt waits for the first at this index and is then refused.
CREATE UNIQUE INDEX payment_one_live_per_order ON payment (order_id)
  WHERE status IN ('PENDING', 'REQUIRES_ACTION', 'AUTHORISED', 'CAPTURED', 'PARTIALLY_REFUNDED');
CREATE INDEX payment_by_order ON payment (order_id, created_at DESC);

CREATE SEQUENCE payment_transaction_seq INCREMENT BY 50;
CREATE TABLE payment_transaction
(
  id                 BIGINT       NOT NULL PRIMARY KEY,
  payment_id         UUID         NOT NULL REFERENCES payment (id),
  position           INT          NOT NULL,
  kind               VARCHAR(16)  NOT NULL,
  amount_minor       BIGINT       NOT NULL,
  succeeded          BOOLEAN      NOT NULL,
  gateway_reference  VARCHAR(128),
  idempotency_key    VARCHAR(255) NOT NULL,
  detail             VARCHAR(500),
  occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT payment_transaction_position_unique UNIQUE (payment_id, position),
  CONSTRAINT payment_transaction_kind_valid CHECK (kind IN ('AUTHORISATION', 'CAPTURE', 'VOID', 'REFUND', 'DISPUTE')),
  CONSTRAINT payment_transaction_amount_not_negative CHECK (amount_minor >= 0)
);
-- An idempotency key moves money once: at most one successful transaction per key.
CREATE UNIQUE INDEX payment_transaction_succeeded_once ON payment_transaction (idempotency_key) WHERE succeeded;
--rollback DROP TABLE payment_transaction; DROP SEQUENCE payment_transaction_seq; DROP TABLE payment;
