--liquibase formatted sql

--changeset order-service:platform-002-event-publication-quarantine
--comment: Outbox publications that can never be delivered (their event type no longer exists) are moved here with the reason, instead of blocking every resubmission.
CREATE TABLE event_publication_quarantine
(
  id                UUID NOT NULL PRIMARY KEY,
  listener_id       TEXT NOT NULL,
  event_type        TEXT NOT NULL,
  serialized_event  TEXT NOT NULL,
  publication_date  TIMESTAMP WITH TIME ZONE NOT NULL,
  reason            TEXT NOT NULL,
  quarantined_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
--rollback DROP TABLE event_publication_quarantine;
