--liquibase formatted sql

--changeset order-service:inventory-001-stock
--comment: Stock per warehouse and the reservations held against it. Reserving is a conditional UPDATE, so concurrent orders cannot oversell.
CREATE TABLE stock_level
(
  warehouse_code  VARCHAR(32) NOT NULL,
  sku             VARCHAR(64) NOT NULL,
  on_hand         INT         NOT NULL,
  reserved        INT         NOT NULL DEFAULT 0,
  PRIMARY KEY (warehouse_code, sku),
  CONSTRAINT stock_level_not_negative CHECK (on_hand >= 0 AND reserved >= 0),
  CONSTRAINT stock_level_reserved_within_on_hand CHECK (reserved <= on_hand)
);
CREATE TABLE stock_reservation
(
  order_id        UUID        NOT NULL,
  sku             VARCHAR(64) NOT NULL,
  warehouse_code  VARCHAR(32) NOT NULL,
  quantity        INT         NOT NULL,
  status          VARCHAR(16) NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  PRIMARY KEY (order_id, sku, warehouse_code),
  FOREIGN KEY (warehouse_code, sku) REFERENCES stock_level (warehouse_code, sku),
  CONSTRAINT stock_reservation_quantity_positive CHECK (quantity > 0),
  CONSTRAINT stock_reservation_status_valid CHECK (status IN ('HELD', 'ALLOCATED', 'RELEASED', 'COMMITTED'))
);
CREATE INDEX stock_reservation_held ON stock_reservation (created_at) WHERE status = 'HELD';
--rollback DROP TABLE stock_reservation; DROP TABLE stock_level;
