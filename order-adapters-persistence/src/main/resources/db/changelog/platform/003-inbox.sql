--liquibase formatted sql

--changeset order-service:platform-003-inbox
--comment: The inbox: ids of incoming messages (webhooks, Kafka records) already processed, written in the processing transaction.
CREATE TABLE inbox_message
(
  source       VARCHAR(64)  NOT NULL,
  message_id   VARCHAR(255) NOT NULL,
  received_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  PRIMARY KEY (source, message_id)
);
CREATE INDEX inbox_message_received ON inbox_message (received_at);
--rollback DROP TABLE inbox_message;
