--liquibase formatted sql

--changeset order-service:returns-004-exchanges
--comment: A return may ask for other goods instead of its money (an exchange); once approved, its replacement order is placed, or the money is given back instead, with why (issue 20).
ALTER TABLE return_request ADD COLUMN exchange_skus VARCHAR(64)[];
ALTER TABLE return_request ADD COLUMN exchange_quantities INTEGER[];
ALTER TABLE return_request ADD COLUMN exchange_if_out_of_stock VARCHAR(16);
ALTER TABLE return_request ADD COLUMN exchange_payment_token VARCHAR(255);
ALTER TABLE return_request ADD COLUMN replacement_status VARCHAR(16);
ALTER TABLE return_request ADD COLUMN replacement_order_id UUID;
ALTER TABLE return_request ADD COLUMN replacement_credit_minor BIGINT;
ALTER TABLE return_request ADD COLUMN replacement_currency VARCHAR(3);
ALTER TABLE return_request ADD COLUMN replacement_ships_at_once BOOLEAN;
ALTER TABLE return_request ADD COLUMN replacement_note VARCHAR(500);
ALTER TABLE return_request ADD COLUMN replaced_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE return_request ADD CONSTRAINT return_request_exchange_whole CHECK ((exchange_skus IS NULL) = (exchange_if_out_of_stock IS NULL)
    AND (exchange_skus IS NULL) = (exchange_payment_token IS NULL)
    AND (exchange_skus IS NULL) = (exchange_quantities IS NULL));
ALTER TABLE return_request ADD CONSTRAINT return_request_replacement_of_exchange CHECK (replacement_status IS NULL OR exchange_skus IS NOT NULL);
ALTER TABLE return_request ADD CONSTRAINT return_request_replacement_status_valid CHECK (replacement_status IN ('PLACED', 'REFUND_INSTEAD'));
--rollback ALTER TABLE return_request DROP CONSTRAINT return_request_replacement_status_valid; ALTER TABLE return_request DROP CONSTRAINT return_request_replacement_of_exchange; ALTER TABLE return_request DROP CONSTRAINT return_request_exchange_whole; ALTER TABLE return_request DROP COLUMN replaced_at, DROP COLUMN replacement_note, DROP COLUMN replacement_ships_at_once, DROP COLUMN replacement_currency, DROP COLUMN replacement_credit_minor, DROP COLUMN replacement_order_id, DROP COLUMN replacement_status, DROP COLUMN exchange_payment_token, DROP COLUMN exchange_if_out_of_stock, DROP COLUMN exchange_quantities, DROP COLUMN exchange_skus;
