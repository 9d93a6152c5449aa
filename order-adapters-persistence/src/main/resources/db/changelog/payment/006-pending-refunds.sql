--liquibase formatted sql

--changeset order-service:payment-006-pending-refunds
--comment: A gateway may accept a refund and say later whether it made it; the acceptance is a transaction of its own, settled by a later one with the same key (issue 20).
ALTER TABLE payment_transaction ADD COLUMN pending BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE payment_transaction ADD CONSTRAINT payment_transaction_pending_not_succeeded CHECK (NOT (pending AND succeeded));
--rollback ALTER TABLE payment_transaction DROP CONSTRAINT payment_transaction_pending_not_succeeded; ALTER TABLE payment_transaction DROP COLUMN pending;
