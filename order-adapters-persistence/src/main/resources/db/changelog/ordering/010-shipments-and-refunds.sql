--liquibase formatted sql

--changeset order-service:ordering-010-shipments-and-refunds
--comment: What left in which shipment, and the money each order gave back (operators' refunds, cancellations' voids).
CREATE TABLE order_shipment
(
  id              UUID         NOT NULL PRIMARY KEY,
  order_id        UUID         NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  carrier         VARCHAR(64)  NOT NULL,
  tracking_number VARCHAR(64)  NOT NULL,
  tracking_url    VARCHAR(500),
  shipped_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX order_shipment_by_order ON order_shipment (order_id, shipped_at);

CREATE TABLE order_shipment_line
(
  shipment_id UUID    NOT NULL REFERENCES order_shipment (id) ON DELETE CASCADE,
  line_number INTEGER NOT NULL,
  quantity    INTEGER NOT NULL,
  PRIMARY KEY (shipment_id, line_number),
  CONSTRAINT order_shipment_line_quantity_positive CHECK (quantity > 0)
);

CREATE TABLE order_refund
(
  id                 UUID        NOT NULL PRIMARY KEY,
  order_id           UUID        NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  kind               VARCHAR(16) NOT NULL,
  reason_code        VARCHAR(40) NOT NULL,
  amount_minor       BIGINT      NOT NULL,
  includes_shipping  BOOLEAN     NOT NULL,
  status             VARCHAR(16) NOT NULL,
  failure            VARCHAR(500),
  requested_by_kind  VARCHAR(16) NOT NULL,
  requested_by_id    VARCHAR(64) NOT NULL,
  requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  settled_at         TIMESTAMP WITH TIME ZONE,
  CONSTRAINT order_refund_kind_valid CHECK (kind IN ('REFUND', 'VOID')),
  CONSTRAINT order_refund_status_valid CHECK (status IN ('REQUESTED', 'SUCCEEDED', 'FAILED')),
  CONSTRAINT order_refund_amount_positive CHECK (amount_minor > 0),
  CONSTRAINT order_refund_settled_when_done CHECK ((status = 'REQUESTED') = (settled_at IS NULL))
);
CREATE INDEX order_refund_by_order ON order_refund (order_id, requested_at);

CREATE TABLE order_refund_line
(
  refund_id    UUID    NOT NULL REFERENCES order_refund (id) ON DELETE CASCADE,
  line_number  INTEGER NOT NULL,
  quantity     INTEGER NOT NULL,
  amount_minor BIGINT  NOT NULL,
  PRIMARY KEY (refund_id, line_number),
  CONSTRAINT order_refund_line_quantity_positive CHECK (quantity > 0),
  CONSTRAINT order_refund_line_amount_not_negative CHECK (amount_minor >= 0)
);
--rollback DROP TABLE order_refund_line; DROP TABLE order_refund; DROP TABLE order_shipment_line; DROP TABLE order_shipment;
