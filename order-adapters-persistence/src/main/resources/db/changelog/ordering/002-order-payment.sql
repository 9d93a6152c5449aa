--liquibase formatted sql

--changeset order-service:ordering-002-order-payment
--comment: What an order knows of its money: captured and refunded so far, and whether the charge is disputed.
ALTER TABLE orders
  ADD COLUMN captured_minor    BIGINT  NOT NULL DEFAULT 0,
  ADD COLUMN refunded_minor    BIGINT  NOT NULL DEFAULT 0,
  ADD COLUMN payment_disputed  BOOLEAN NOT NULL DEFAULT false,
  ADD CONSTRAINT orders_captured_within_total CHECK (captured_minor >= 0 AND captured_minor <= grand_total_minor),
  ADD CONSTRAINT orders_refunded_within_captured CHECK (refunded_minor >= 0 AND refunded_minor <= captured_minor);
--rollback ALTER TABLE orders DROP COLUMN payment_disputed, DROP COLUMN refunded_minor, DROP COLUMN captured_minor;
