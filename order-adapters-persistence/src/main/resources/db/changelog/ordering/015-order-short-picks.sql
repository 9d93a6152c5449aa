--liquibase formatted sql

--changeset order-service:ordering-015-order-short-picks
--comment: What each short pick reported and what came of it. Its id is derived from the report's Idempotency-Key, when it had one, so that a report retried after a crash lost its answer is answered with this outcome instead of writing the units off twice (issue 17, item 13).
CREATE TABLE order_short_pick
(
  id          UUID          NOT NULL PRIMARY KEY,
  order_id    UUID          NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  location    VARCHAR(32)   NOT NULL,
  line_number INT           NOT NULL,
  missing     INT           NOT NULL,
  reallocated VARCHAR(4000) NOT NULL,
  backordered INT           NOT NULL,
  given_up    INT           NOT NULL,
  reported_by VARCHAR(255)  NOT NULL,
  reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT order_short_pick_units_valid CHECK (missing > 0 AND backordered >= 0 AND given_up >= 0)
);
CREATE INDEX order_short_pick_by_order ON order_short_pick (order_id);
--rollback DROP TABLE order_short_pick;
