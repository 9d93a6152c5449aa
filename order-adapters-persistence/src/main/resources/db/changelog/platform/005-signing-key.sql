--liquibase formatted sql

--changeset order-service:platform-005-signing-key
--comment: The embedded authorization server's signing key (local default only, docs/security.md): kept so that tokens issued before a restart still verify after it. Production uses its own issuer and leaves this table empty.
CREATE TABLE auth_signing_key
(
  key_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
  private_key  TEXT         NOT NULL,
  public_key   TEXT         NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
--rollback DROP TABLE auth_signing_key;
