--liquibase formatted sql

--changeset order-service:ordering-018-partially-returned
--comment: An order part of whose delivered units came back and were refunded, with no return open (issue 20, ADR 0034).
ALTER TABLE orders DROP CONSTRAINT orders_status_valid;
ALTER TABLE orders ADD CONSTRAINT orders_status_valid CHECK (status IN ('PENDING_APPROVAL', 'AWAITING_PAYMENT', 'ON_HOLD',
    'PAYMENT_FAILED', 'PAID', 'BACKORDERED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'RETURN_REQUESTED',
    'PARTIALLY_RETURNED', 'RETURNED', 'CANCELLED', 'REJECTED'));
--rollback ALTER TABLE orders DROP CONSTRAINT orders_status_valid; ALTER TABLE orders ADD CONSTRAINT orders_status_valid CHECK (status IN ('PENDING_APPROVAL', 'AWAITING_PAYMENT', 'ON_HOLD', 'PAYMENT_FAILED', 'PAID', 'BACKORDERED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'RETURN_REQUESTED', 'RETURNED', 'CANCELLED', 'REJECTED'));
