--liquibase formatted sql

--changeset order-service:ordering-013-order-completion
--comment: Delivered orders are found by when they were delivered (to complete them after the return window); customers rate their orders.
CREATE INDEX order_status_history_delivered ON order_status_history (occurred_at) WHERE action = 'DELIVER';
CREATE TABLE order_satisfaction (
    order_id  UUID         PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
    stars     SMALLINT     NOT NULL CHECK (stars BETWEEN 1 AND 5),
    comment   VARCHAR(1000),
    rated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
--rollback DROP TABLE order_satisfaction; DROP INDEX order_status_history_delivered;
