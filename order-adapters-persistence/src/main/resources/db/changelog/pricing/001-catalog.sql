--liquibase formatted sql

--changeset order-service:pricing-001-catalog
--comment: The catalog the default pricing adapter reads: one price per SKU and currency. The pricing engine (issue 7) adds effective dates, taxes and promotions.
CREATE TABLE catalog_product
(
  sku   VARCHAR(64)  NOT NULL PRIMARY KEY,
  name  VARCHAR(200) NOT NULL
);
CREATE TABLE catalog_price
(
  sku               VARCHAR(64) NOT NULL REFERENCES catalog_product (sku),
  currency          VARCHAR(3)     NOT NULL,
  unit_price_minor  BIGINT      NOT NULL,
  PRIMARY KEY (sku, currency),
  CONSTRAINT catalog_price_not_negative CHECK (unit_price_minor >= 0),
  CONSTRAINT catalog_price_currency_iso CHECK (currency ~ '^[A-Z]{3}$')
);
--rollback DROP TABLE catalog_price; DROP TABLE catalog_product;
