--liquibase formatted sql

--changeset order-service:ordering-001-orders
--comment: Orders, their lines and status history. Money is integer minor units plus an ISO 4217 code.
CREATE TABLE orders
(
  id                      UUID         NOT NULL PRIMARY KEY,
  customer_id             VARCHAR(64)  NOT NULL,
  status                  VARCHAR(32)  NOT NULL,
  currency                VARCHAR(3)      NOT NULL,
  subtotal_minor          BIGINT       NOT NULL,
  discount_minor          BIGINT       NOT NULL,
  tax_minor               BIGINT       NOT NULL,
  shipping_minor          BIGINT       NOT NULL,
  grand_total_minor       BIGINT       NOT NULL,
  ship_to_recipient       VARCHAR(200) NOT NULL,
  ship_to_line1           VARCHAR(200) NOT NULL,
  ship_to_line2           VARCHAR(200),
  ship_to_city            VARCHAR(100) NOT NULL,
  ship_to_region          VARCHAR(100),
  ship_to_postal_code     VARCHAR(20)  NOT NULL,
  ship_to_country         VARCHAR(2)      NOT NULL,
  payment_reference       VARCHAR(128),
  placed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  version                 BIGINT       NOT NULL,
  CONSTRAINT orders_status_valid CHECK (status IN ('PENDING_APPROVAL', 'AWAITING_PAYMENT', 'ON_HOLD', 'PAYMENT_FAILED',
      'PAID', 'BACKORDERED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'RETURN_REQUESTED', 'RETURNED',
      'CANCELLED', 'REJECTED')),
  CONSTRAINT orders_amounts_not_negative CHECK (subtotal_minor >= 0 AND discount_minor >= 0 AND tax_minor >= 0
      AND shipping_minor >= 0 AND grand_total_minor >= 0),
  CONSTRAINT orders_discount_within_subtotal CHECK (discount_minor <= subtotal_minor),
  CONSTRAINT orders_grand_total_adds_up CHECK (
      grand_total_minor = subtotal_minor - discount_minor + tax_minor + shipping_minor),
  CONSTRAINT orders_currency_iso CHECK (currency ~ '^[A-Z]{3}$'),
  CONSTRAINT orders_country_iso CHECK (ship_to_country ~ '^[A-Z]{2}$'),
  CONSTRAINT orders_version_not_negative CHECK (version >= 0)
);
CREATE INDEX orders_by_customer ON orders (customer_id, placed_at DESC, id);

CREATE SEQUENCE order_lines_seq INCREMENT BY 50;
CREATE TABLE order_lines
(
  id                BIGINT       NOT NULL PRIMARY KEY,
  order_id          UUID         NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  line_number       INT          NOT NULL,
  sku               VARCHAR(64)  NOT NULL,
  name              VARCHAR(200) NOT NULL,
  quantity          INT          NOT NULL,
  unit_price_minor  BIGINT       NOT NULL,
  line_total_minor  BIGINT       NOT NULL,
  CONSTRAINT order_lines_number_unique UNIQUE (order_id, line_number),
  CONSTRAINT order_lines_sku_unique UNIQUE (order_id, sku),
  CONSTRAINT order_lines_number_positive CHECK (line_number > 0),
  CONSTRAINT order_lines_quantity_positive CHECK (quantity > 0),
  CONSTRAINT order_lines_amounts_not_negative CHECK (unit_price_minor >= 0 AND line_total_minor >= 0),
  CONSTRAINT order_lines_total_adds_up CHECK (line_total_minor = unit_price_minor * quantity)
);

CREATE SEQUENCE order_status_history_seq INCREMENT BY 50;
CREATE TABLE order_status_history
(
  id           BIGINT      NOT NULL PRIMARY KEY,
  order_id     UUID        NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  position     INT         NOT NULL,
  from_status  VARCHAR(32),
  to_status    VARCHAR(32) NOT NULL,
  action       VARCHAR(32),
  reason       VARCHAR(500),
  actor_kind   VARCHAR(16) NOT NULL,
  actor_id     VARCHAR(64) NOT NULL,
  occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT order_status_history_position_unique UNIQUE (order_id, position),
  CONSTRAINT order_status_history_placement_has_no_from CHECK ((from_status IS NULL) = (action IS NULL)),
  CONSTRAINT order_status_history_actor_kind CHECK (actor_kind IN ('CUSTOMER', 'OPERATOR', 'SYSTEM'))
);
--rollback DROP TABLE order_status_history; DROP SEQUENCE order_status_history_seq; DROP TABLE order_lines; DROP SEQUENCE order_lines_seq; DROP TABLE orders;
