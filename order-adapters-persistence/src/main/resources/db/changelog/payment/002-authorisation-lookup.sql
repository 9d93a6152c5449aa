--liquibase formatted sql

--changeset order-service:payment-002-authorisation-lookup
--comment: Find a payment by its gateway's authorisation reference (disputes name only that).
CREATE INDEX payment_transaction_authorisation_reference ON payment_transaction (gateway_reference)
  WHERE kind = 'AUTHORISATION' AND succeeded;
--rollback DROP INDEX payment_transaction_authorisation_reference;
