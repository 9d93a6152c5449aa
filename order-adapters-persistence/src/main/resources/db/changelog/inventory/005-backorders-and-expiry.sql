--liquibase formatted sql

--changeset order-service:inventory-005-backorders-and-expiry
--comment: Per SKU, whether orders may wait for a restock (backorder) and when one is expected; the backorders themselves, first come first served by id; and held reservations that lapse (EXPIRED) when their order was never confirmed.
CREATE TABLE stock_item (
    sku               VARCHAR(64) PRIMARY KEY,
    backorderable     BOOLEAN     NOT NULL DEFAULT FALSE,
    restock_expected  DATE
);
COMMENT ON TABLE stock_item IS 'Stock policy per SKU; a SKU without a row cannot be backordered.';

CREATE TABLE stock_backorder (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    UUID        NOT NULL,
    sku         VARCHAR(64) NOT NULL,
    quantity    INT         NOT NULL CHECK (quantity > 0),
    filled      INT         NOT NULL DEFAULT 0,
    status      VARCHAR(16) NOT NULL CHECK (status IN ('HELD', 'WAITING', 'FILLED', 'RELEASED', 'EXPIRED')),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT stock_backorder_filled_within CHECK (filled >= 0 AND filled <= quantity),
    CONSTRAINT stock_backorder_filled_when_complete CHECK ((status = 'FILLED') = (filled = quantity) OR status IN ('RELEASED', 'EXPIRED'))
);
COMMENT ON TABLE stock_backorder IS 'Units an order waits for; HELD while its placement runs, WAITING once placed; restocks fill them in id order.';
CREATE INDEX stock_backorder_open ON stock_backorder (sku, id) WHERE status IN ('HELD', 'WAITING');
CREATE INDEX stock_backorder_order ON stock_backorder (order_id);
CREATE INDEX stock_backorder_held ON stock_backorder (created_at) WHERE status = 'HELD';

ALTER TABLE stock_reservation DROP CONSTRAINT stock_reservation_status_valid;
ALTER TABLE stock_reservation ADD CONSTRAINT stock_reservation_status_valid
    CHECK (status IN ('HELD', 'ALLOCATED', 'RELEASED', 'COMMITTED', 'EXPIRED'));
--rollback DROP TABLE stock_backorder; DROP TABLE stock_item;
