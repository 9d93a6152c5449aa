--liquibase formatted sql

--changeset order-service:payment-003-payment-by-token
--comment: Fraud screening counts recent payments per token.
CREATE INDEX payment_by_token ON payment (token, created_at);
--rollback DROP INDEX payment_by_token;
