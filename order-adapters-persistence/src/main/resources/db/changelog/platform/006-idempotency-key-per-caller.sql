--liquibase formatted sql

--changeset order-service:platform-006-idempotency-key-per-caller
--comment: Idempotency keys belong to the caller who sent them (the token's subject and the customer acted for): two callers' equal keys are two keys. Rows of before have no caller and replay to no one.
ALTER TABLE idempotency_key ADD COLUMN caller_scope VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey;
ALTER TABLE idempotency_key ADD PRIMARY KEY (caller_scope, idempotency_key, request_path);
--rollback ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey; ALTER TABLE idempotency_key DROP COLUMN caller_scope; ALTER TABLE idempotency_key ADD PRIMARY KEY (idempotency_key, request_path);
