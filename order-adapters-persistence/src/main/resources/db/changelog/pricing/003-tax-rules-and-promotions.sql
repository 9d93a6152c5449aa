--liquibase formatted sql

--changeset order-service:pricing-003-tax-rules-and-promotions
--comment: What the pricing engine reads: products' tax categories and promotion categories, tax rules by jurisdiction (rates change here, without a redeploy), promotions.
ALTER TABLE catalog_product ADD COLUMN tax_category VARCHAR(16) NOT NULL DEFAULT 'STANDARD';
ALTER TABLE catalog_product ADD COLUMN categories VARCHAR(64)[] NOT NULL DEFAULT '{}';
ALTER TABLE catalog_product ADD CONSTRAINT catalog_product_tax_category_valid
  CHECK (tax_category IN ('STANDARD', 'REDUCED', 'ZERO', 'EXEMPT'));

CREATE TABLE tax_rule
(
  id                BIGSERIAL    NOT NULL PRIMARY KEY,
  jurisdiction      VARCHAR(100) NOT NULL,
  country_code      VARCHAR(2)   NOT NULL,
  region            VARCHAR(100),
  postal_from       VARCHAR(20),
  postal_to         VARCHAR(20),
  tax_category      VARCHAR(16)  NOT NULL,
  rate              NUMERIC(7, 6) NOT NULL,
  taxes_shipping    BOOLEAN      NOT NULL,
  valid_from        DATE         NOT NULL DEFAULT DATE '2000-01-01',
  valid_until       DATE,
  CONSTRAINT tax_rule_country_iso CHECK (country_code ~ '^[A-Z]{2}$'),
  CONSTRAINT tax_rule_category_valid CHECK (tax_category IN ('STANDARD', 'REDUCED', 'ZERO')),
  CONSTRAINT tax_rule_rate_fraction CHECK (rate >= 0 AND rate < 1 AND (tax_category <> 'ZERO' OR rate = 0)),
  CONSTRAINT tax_rule_postal_range CHECK ((postal_from IS NULL) = (postal_to IS NULL)),
  CONSTRAINT tax_rule_window CHECK (valid_until IS NULL OR valid_until > valid_from)
);
CREATE INDEX tax_rule_by_country ON tax_rule (country_code);

CREATE TABLE promotion
(
  id                   VARCHAR(64)  NOT NULL PRIMARY KEY,
  code                 VARCHAR(64) UNIQUE,
  benefit              VARCHAR(16)  NOT NULL,
  percent_off          NUMERIC(5, 4),
  amount_off_minor     BIGINT,
  buy                  INTEGER,
  free                 INTEGER,
  currency             VARCHAR(3),
  skus                 VARCHAR(64)[] NOT NULL DEFAULT '{}',
  categories           VARCHAR(64)[] NOT NULL DEFAULT '{}',
  segments             VARCHAR(64)[] NOT NULL DEFAULT '{}',
  minimum_goods_minor  BIGINT,
  valid_from           TIMESTAMP WITH TIME ZONE,
  valid_until          TIMESTAMP WITH TIME ZONE,
  exclusive            BOOLEAN      NOT NULL DEFAULT false,
  priority             INTEGER      NOT NULL DEFAULT 0,
  active               BOOLEAN      NOT NULL DEFAULT true,
  CONSTRAINT promotion_benefit_valid CHECK (
    (benefit = 'PERCENT_OFF' AND percent_off > 0 AND percent_off <= 1)
    OR (benefit = 'AMOUNT_OFF' AND amount_off_minor > 0 AND currency IS NOT NULL)
    OR (benefit = 'BUY_GET_FREE' AND buy >= 1 AND free >= 1)
    OR benefit = 'FREE_SHIPPING'),
  CONSTRAINT promotion_money_has_currency CHECK (minimum_goods_minor IS NULL OR currency IS NOT NULL),
  CONSTRAINT promotion_window CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until > valid_from)
);
--rollback DROP TABLE promotion; DROP TABLE tax_rule; ALTER TABLE catalog_product DROP COLUMN categories; ALTER TABLE catalog_product DROP COLUMN tax_category;

--changeset order-service:pricing-003-tax-rules-seed
--comment: Example rules and promotions for the seeded catalog; operators replace them (docs/pricing.md).
INSERT INTO tax_rule (jurisdiction, country_code, region, postal_from, postal_to, tax_category, rate, taxes_shipping) VALUES
  ('Germany', 'DE', NULL, NULL, NULL, 'STANDARD', 0.19, true),
  ('Germany', 'DE', NULL, NULL, NULL, 'REDUCED', 0.07, false),
  ('France', 'FR', NULL, NULL, NULL, 'STANDARD', 0.20, true),
  ('France', 'FR', NULL, NULL, NULL, 'REDUCED', 0.055, false),
  ('United Kingdom', 'GB', NULL, NULL, NULL, 'STANDARD', 0.20, true),
  ('United Kingdom', 'GB', NULL, NULL, NULL, 'ZERO', 0, false),
  ('California', 'US', 'CA', NULL, NULL, 'STANDARD', 0.06, false),
  ('Los Angeles County', 'US', 'CA', '90001', '90899', 'STANDARD', 0.025, false);
UPDATE catalog_product SET categories = '{apparel}' WHERE sku IN ('TSHIRT-BLK-M', 'TSHIRT-WHT-L', 'HOODIE-GRY-M');
UPDATE catalog_product SET categories = '{homeware}' WHERE sku = 'MUG-CLASSIC';
UPDATE catalog_product SET categories = '{prints}', tax_category = 'REDUCED' WHERE sku IN ('POSTER-A2', 'LAST-ONE');
INSERT INTO promotion (id, code, benefit, percent_off, amount_off_minor, buy, free, currency, categories, minimum_goods_minor, exclusive, priority) VALUES
  ('welcome-10', 'WELCOME10', 'PERCENT_OFF', 0.10, NULL, NULL, NULL, NULL, '{}', NULL, false, 5),
  ('mugs-3-for-2', NULL, 'BUY_GET_FREE', NULL, NULL, 2, 1, NULL, '{homeware}', NULL, false, 10),
  ('free-shipping-eur-50', NULL, 'FREE_SHIPPING', NULL, NULL, NULL, NULL, 'EUR', '{}', 5000, false, 0);
--rollback DELETE FROM promotion; DELETE FROM tax_rule;
