--liquibase formatted sql

--changeset order-service:platform-004-idempotency-key
--comment: Idempotency-Key of POST requests (IETF httpapi draft): the request's fingerprint and, once answered, the response to replay.
CREATE TABLE idempotency_key
(
  idempotency_key  VARCHAR(255) NOT NULL,
  request_path     VARCHAR(255) NOT NULL,
  fingerprint      CHAR(64)     NOT NULL,
  -- Null while the first request is in flight.
  response_status  INT,
  content_type     VARCHAR(255),
  location         VARCHAR(2048),
  response_body    BYTEA,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (idempotency_key, request_path),
  CONSTRAINT idempotency_key_status_valid CHECK (response_status IS NULL OR response_status BETWEEN 200 AND 499)
);
CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);
--rollback DROP TABLE idempotency_key;
