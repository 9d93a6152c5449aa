--liquibase formatted sql

--changeset order-service:inventory-004-shipping-from-locations
--comment: A shipment names the stock location it left from; a reservation counts the units of it that shipped (committed: taken off the shelf for good), its status COMMITTED once all have.
ALTER TABLE order_shipment ADD COLUMN location VARCHAR(32);
ALTER TABLE stock_reservation ADD COLUMN committed INT NOT NULL DEFAULT 0;
ALTER TABLE stock_reservation ADD CONSTRAINT stock_reservation_committed_within CHECK (committed >= 0 AND committed <= quantity);
CREATE TABLE stock_commitment (
    shipment_id  UUID        NOT NULL,
    sku          VARCHAR(64) NOT NULL,
    units        INT         NOT NULL CHECK (units >= 0),
    committed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (shipment_id, sku)
);
COMMENT ON TABLE stock_commitment IS 'Which shipment committed how many units of a SKU: a shipment''s news delivered twice commits once.';
