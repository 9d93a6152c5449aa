--liquibase formatted sql

--changeset order-service:shipping-001-rate-tables
--comment: Carriers' rate tables: one per carrier, service, zone (countries) and currency, with bands by weight and goods value (the first band, by position, that takes a parcel prices it), a goods value from which shipping is free, and the transit time in business days. Products get a shipping weight.
ALTER TABLE catalog_product ADD COLUMN weight_grams INTEGER NOT NULL DEFAULT 500 CHECK (weight_grams >= 0);
CREATE TABLE shipping_rate_table (
    id                VARCHAR(64) PRIMARY KEY,
    carrier           VARCHAR(64) NOT NULL,
    service           VARCHAR(64) NOT NULL,
    countries         CHAR(2)[]   NOT NULL CHECK (cardinality(countries) > 0),
    currency          CHAR(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    free_from_minor   BIGINT CHECK (free_from_minor >= 0),
    transit_min_days  INTEGER     NOT NULL CHECK (transit_min_days >= 0),
    transit_max_days  INTEGER     NOT NULL,
    active            BOOLEAN     NOT NULL DEFAULT TRUE,
    CONSTRAINT shipping_rate_table_transit CHECK (transit_max_days >= transit_min_days)
);
CREATE INDEX shipping_rate_table_countries ON shipping_rate_table USING gin (countries);
CREATE TABLE shipping_rate_band (
    table_id          VARCHAR(64) NOT NULL REFERENCES shipping_rate_table (id) ON DELETE CASCADE,
    position          INTEGER     NOT NULL,
    max_weight_grams  INTEGER CHECK (max_weight_grams > 0),
    max_goods_minor   BIGINT CHECK (max_goods_minor >= 0),
    price_minor       BIGINT      NOT NULL CHECK (price_minor >= 0),
    PRIMARY KEY (table_id, position)
);
--rollback DROP TABLE shipping_rate_band; DROP TABLE shipping_rate_table; ALTER TABLE catalog_product DROP COLUMN weight_grams;

--changeset order-service:shipping-001-rate-tables-seed
--comment: Example rate tables (docs/shipping.md): DHL standard and UPS express in Europe (EUR) and North America (USD); DHL standard keeps the former flat rates (4.95 EUR up to 5 kg, free from 100.00; 5.95 USD, free from 120.00).
UPDATE catalog_product SET weight_grams = 350 WHERE sku = 'MUG-CLASSIC';
UPDATE catalog_product SET weight_grams = 200 WHERE sku IN ('TSHIRT-BLK-M', 'TSHIRT-WHT-L');
UPDATE catalog_product SET weight_grams = 700 WHERE sku = 'HOODIE-GRY-M';
UPDATE catalog_product SET weight_grams = 150 WHERE sku IN ('POSTER-A2', 'LAST-ONE');
INSERT INTO shipping_rate_table (id, carrier, service, countries, currency, free_from_minor, transit_min_days, transit_max_days) VALUES
  ('dhl-standard-europe-eur', 'dhl', 'standard', '{AT,BE,CH,DE,DK,ES,FI,FR,GB,IE,IT,LU,NL,NO,PL,PT,SE}', 'EUR', 10000, 2, 4),
  ('ups-express-europe-eur', 'ups', 'express', '{AT,BE,DE,ES,FR,GB,IE,IT,LU,NL}', 'EUR', NULL, 1, 1),
  ('dhl-standard-north-america-usd', 'dhl', 'standard', '{US,CA}', 'USD', 12000, 3, 6),
  ('ups-express-north-america-usd', 'ups', 'express', '{US,CA}', 'USD', NULL, 1, 2);
INSERT INTO shipping_rate_band (table_id, position, max_weight_grams, max_goods_minor, price_minor) VALUES
  ('dhl-standard-europe-eur', 1, 5000, NULL, 495),
  ('dhl-standard-europe-eur', 2, 20000, NULL, 995),
  ('dhl-standard-europe-eur', 3, NULL, NULL, 4995),
  ('ups-express-europe-eur', 1, 5000, NULL, 1495),
  ('ups-express-europe-eur', 2, 20000, NULL, 2995),
  ('dhl-standard-north-america-usd', 1, 5000, NULL, 595),
  ('dhl-standard-north-america-usd', 2, NULL, NULL, 1995),
  ('ups-express-north-america-usd', 1, 5000, NULL, 1995),
  ('ups-express-north-america-usd', 2, 20000, NULL, 3995);
--rollback DELETE FROM shipping_rate_band; DELETE FROM shipping_rate_table;
