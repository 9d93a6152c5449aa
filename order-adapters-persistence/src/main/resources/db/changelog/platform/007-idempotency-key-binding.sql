--liquibase formatted sql

--changeset order-service:platform-007-idempotency-key-binding
--comment: What the first request with a key created (a placement's order), written in the transaction that creates it, so that a retry after a crash finds it instead of creating it again.
ALTER TABLE idempotency_key ADD COLUMN created_id UUID;
--rollback ALTER TABLE idempotency_key DROP COLUMN created_id;
