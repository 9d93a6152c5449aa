--liquibase formatted sql

--changeset order-service:pricing-005-price-book-effective-dates
--comment: Prices take effect at an instant (and may end at one): a new price is a new row, so a price change is scheduled ahead and the old price stays on record. Orders keep the prices they were placed with.
ALTER TABLE catalog_price ADD COLUMN valid_from TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00';
ALTER TABLE catalog_price ADD COLUMN valid_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE catalog_price DROP CONSTRAINT catalog_price_pkey;
ALTER TABLE catalog_price ADD PRIMARY KEY (sku, currency, valid_from);
ALTER TABLE catalog_price ADD CONSTRAINT catalog_price_window CHECK (valid_until IS NULL OR valid_until > valid_from);
--rollback ALTER TABLE catalog_price DROP CONSTRAINT catalog_price_window; ALTER TABLE catalog_price DROP CONSTRAINT catalog_price_pkey; ALTER TABLE catalog_price ADD PRIMARY KEY (sku, currency); ALTER TABLE catalog_price DROP COLUMN valid_until; ALTER TABLE catalog_price DROP COLUMN valid_from;
