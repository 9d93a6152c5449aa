--liquibase formatted sql

--changeset order-service:ordering-012-shipment-tracking
--comment: Carriers' reports about shipments, one timeline per order numbered under the order's lock; a shipment remembers when it was delivered.
ALTER TABLE order_shipment ADD COLUMN delivered_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX order_shipment_by_tracking_number ON order_shipment (tracking_number);

CREATE TABLE shipment_tracking_event (
    order_id         UUID         NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    sequence         INT          NOT NULL CHECK (sequence > 0),
    shipment_id      UUID         NOT NULL REFERENCES order_shipment (id) ON DELETE CASCADE,
    carrier          VARCHAR(64)  NOT NULL,
    event_id         VARCHAR(128) NOT NULL,
    tracking_number  VARCHAR(64)  NOT NULL,
    milestone        VARCHAR(24)  NOT NULL
        CHECK (milestone IN ('LABEL_CREATED', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION')),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    place            VARCHAR(200),
    description      VARCHAR(500),
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (order_id, sequence),
    CONSTRAINT shipment_tracking_event_once UNIQUE (carrier, event_id)
);
COMMENT ON TABLE shipment_tracking_event IS 'Tracking timeline: a carrier''s event id is recorded once; sequence is per order, gap-free, in commit order.';
--rollback DROP TABLE shipment_tracking_event; DROP INDEX order_shipment_by_tracking_number; ALTER TABLE order_shipment DROP COLUMN delivered_at;
