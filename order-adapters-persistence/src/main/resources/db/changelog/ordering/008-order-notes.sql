--liquibase formatted sql

--changeset order-service:ordering-008-order-notes
--comment: Notes on orders: visible to the customer or internal, kept as written.
CREATE TABLE order_note
(
  id          BIGSERIAL     NOT NULL PRIMARY KEY,
  order_id    UUID          NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  visibility  VARCHAR(16)   NOT NULL,
  actor_kind  VARCHAR(16)   NOT NULL,
  actor_id    VARCHAR(64)   NOT NULL,
  text        VARCHAR(2000) NOT NULL,
  written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT order_note_visibility_valid CHECK (visibility IN ('CUSTOMER', 'INTERNAL')),
  CONSTRAINT order_note_actor_kind_valid CHECK (actor_kind IN ('CUSTOMER', 'OPERATOR', 'SYSTEM'))
);
CREATE INDEX order_note_by_order ON order_note (order_id, id);
--rollback DROP TABLE order_note;
