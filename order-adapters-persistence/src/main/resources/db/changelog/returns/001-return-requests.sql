--liquibase formatted sql

--changeset order-service:returns-001-return-requests
--comment: Customers' requests to send delivered units back, what was decided about them, and what arrived (issue 20, ADR 0034). One request is for one delivered shipment; a line's approved units are set once it is decided (0 for a unit not approved), its restockable, damaged and refused units once it arrived; the refund names the order's refund. The number of units requests may take is checked by the service under an advisory lock of the order's returns.
CREATE TABLE return_request
(
  id              UUID          NOT NULL PRIMARY KEY,
  order_id        UUID          NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  customer_id     VARCHAR(64)   NOT NULL,
  shipment_id     UUID          NOT NULL REFERENCES order_shipment (id),
  reason_code     VARCHAR(40)   NOT NULL,
  shops_fault     BOOLEAN       NOT NULL,
  comment         VARCHAR(1000),
  photos          VARCHAR(2048)[] NOT NULL,
  status          VARCHAR(24)   NOT NULL,
  decision        VARCHAR(24),
  requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_by_kind VARCHAR(16),
  decided_by      VARCHAR(255),
  decision_reason VARCHAR(500),
  decided_at      TIMESTAMP WITH TIME ZONE,
  received_at     TIMESTAMP WITH TIME ZONE,
  received_by     VARCHAR(255),
  received_at_location VARCHAR(32),
  refund_id       UUID,
  refunded_minor  BIGINT,
  refunded_currency VARCHAR(3),
  version         BIGINT        NOT NULL,
  CONSTRAINT return_request_status_valid CHECK (status IN ('REQUESTED', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'RECEIVED')),
  CONSTRAINT return_request_decision_valid CHECK (decision IN ('APPROVED', 'PARTIALLY_APPROVED', 'REJECTED')),
  CONSTRAINT return_request_status_follows_decision CHECK ((status = 'REQUESTED') = (decision IS NULL)
    AND (status = decision OR status = 'RECEIVED' AND decision IN ('APPROVED', 'PARTIALLY_APPROVED'))),
  CONSTRAINT return_request_decided_with_who_and_when CHECK ((decision IS NULL) = (decided_at IS NULL)
    AND (decided_at IS NULL) = (decided_by_kind IS NULL) AND (decided_at IS NULL) = (decided_by IS NULL)),
  CONSTRAINT return_request_decided_by_valid CHECK (decided_by_kind IN ('RULE', 'OPERATOR')),
  CONSTRAINT return_request_received_with_who_where_and_when CHECK ((status = 'RECEIVED') = (received_at IS NOT NULL)
    AND (received_at IS NULL) = (received_by IS NULL) AND (received_at IS NULL) = (received_at_location IS NULL)),
  CONSTRAINT return_request_refunded_once_received CHECK ((refund_id IS NULL) = (refunded_minor IS NULL)
    AND (refund_id IS NULL) = (refunded_currency IS NULL) AND (refund_id IS NULL OR received_at IS NOT NULL) AND (refunded_minor IS NULL OR refunded_minor > 0)),
  CONSTRAINT return_request_photos_bounded CHECK (cardinality(photos) <= 10)
);
CREATE INDEX return_request_by_order ON return_request (order_id, requested_at);
CREATE INDEX return_request_by_customer ON return_request (customer_id, requested_at);
CREATE INDEX return_request_awaiting_decision ON return_request (requested_at, id) WHERE status = 'REQUESTED';

CREATE TABLE return_line
(
  return_id   UUID NOT NULL REFERENCES return_request (id) ON DELETE CASCADE,
  line_number INT  NOT NULL,
  quantity    INT  NOT NULL,
  approved    INT,
  restockable INT,
  damaged     INT,
  refused     INT,
  CONSTRAINT return_line_pk PRIMARY KEY (return_id, line_number),
  CONSTRAINT return_line_units_valid CHECK (line_number > 0 AND quantity > 0
    AND (approved IS NULL OR approved BETWEEN 0 AND quantity)),
  CONSTRAINT return_line_received_within_approved CHECK ((restockable IS NULL) = (damaged IS NULL)
    AND (restockable IS NULL) = (refused IS NULL)
    AND (restockable IS NULL OR restockable >= 0 AND damaged >= 0 AND refused >= 0
      AND restockable + damaged + refused <= approved))
);
--rollback DROP TABLE return_line; DROP TABLE return_request;
