--liquibase formatted sql

--changeset order-service:inventory-003-stock-locations
--comment: Where stock is: the shop's warehouses and drop-ship suppliers, with where they are (for the nearest to an address). Reservations name the location they hold stock at, as before.
CREATE TABLE stock_location (
    code       VARCHAR(32)  PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    kind       VARCHAR(16)  NOT NULL CHECK (kind IN ('WAREHOUSE', 'SUPPLIER')),
    latitude   NUMERIC(8, 5) CHECK (latitude BETWEEN -90 AND 90),
    longitude  NUMERIC(8, 5) CHECK (longitude BETWEEN -180 AND 180),
    active     BOOLEAN      NOT NULL DEFAULT TRUE
);
INSERT INTO stock_location (code, name, kind, latitude, longitude) VALUES
  ('MAIN', 'Main warehouse, Berlin', 'WAREHOUSE', 52.52000, 13.40500),
  ('WEST', 'West warehouse, Venlo', 'WAREHOUSE', 51.37040, 6.17240),
  ('SUP-PRINTS', 'Print supplier, Leipzig (drop-ship)', 'SUPPLIER', 51.33970, 12.37310);
ALTER TABLE stock_level ADD CONSTRAINT stock_level_location FOREIGN KEY (warehouse_code) REFERENCES stock_location (code);
--rollback ALTER TABLE stock_level DROP CONSTRAINT stock_level_location; DROP TABLE stock_location;
