--liquibase formatted sql

--changeset order-service:ordering-021-placement-payment-provider
--comment: The payment provider a customer chose at checkout (issue 22): their token is paid at that gateway only.
ALTER TABLE placement_saga ADD COLUMN payment_provider VARCHAR(40);
--rollback ALTER TABLE placement_saga DROP COLUMN payment_provider;
