--liquibase formatted sql

--changeset order-service:cart-001-carts
--comment: Shoppers' carts (issue 21, ADR 0035): one row per cart, read and written whole at its version. Its lines, shipping address and last pricing are JSON documents of the persistence adapter's own shape (minor units, plain strings); skus lists the SKUs of its lines for finding the carts a price or stock change reaches. A customer has at most one cart that is not closed.
CREATE TABLE cart
(
  id               UUID          NOT NULL PRIMARY KEY,
  customer_id      VARCHAR(64),
  currency         VARCHAR(3)    NOT NULL,
  country          VARCHAR(2)    NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  lines            JSONB         NOT NULL,
  last_line_id     INT           NOT NULL,
  skus             VARCHAR(64)[] NOT NULL,
  promo_codes      VARCHAR(64)[] NOT NULL,
  shipping_address JSONB,
  shipping         VARCHAR(129)  NOT NULL,
  pricing          JSONB,
  checkout_attempt INT           NOT NULL,
  order_id         UUID,
  merged_into      UUID,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  version          BIGINT        NOT NULL,
  CONSTRAINT cart_status_valid CHECK (status IN ('OPEN', 'CHECKING_OUT', 'CHECKED_OUT', 'MERGED')),
  CONSTRAINT cart_checked_out_names_its_order CHECK (status <> 'CHECKED_OUT' OR order_id IS NOT NULL),
  CONSTRAINT cart_merged_names_its_cart CHECK ((status = 'MERGED') = (merged_into IS NOT NULL)),
  CONSTRAINT cart_merged_was_anonymous CHECK (status <> 'MERGED' OR customer_id IS NULL),
  CONSTRAINT cart_currency_iso CHECK (currency ~ '^[A-Z]{3}$'),
  CONSTRAINT cart_lines_bounded CHECK (cardinality(skus) <= 200 AND cardinality(promo_codes) <= 10)
);
CREATE UNIQUE INDEX cart_one_open_per_customer ON cart (customer_id) WHERE status IN ('OPEN', 'CHECKING_OUT');
