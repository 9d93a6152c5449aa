--liquibase formatted sql

--changeset order-service:ordering-014-guest-order-access
--comment: A guest order's access token, as its SHA-256 only: whoever holds the token reads, cancels and tracks that order.
CREATE TABLE order_guest_access (
  order_id      UUID PRIMARY KEY REFERENCES orders (id),
  token_sha256  BYTEA NOT NULL CHECK (octet_length(token_sha256) = 32)
);
