--liquibase formatted sql

--changeset order-service:pricing-004-promotion-usage
--comment: Usage limits of promotions, global and per customer, and the uses themselves (one per promotion and order), given back when the order is cancelled.
ALTER TABLE promotion ADD COLUMN max_uses INTEGER;
ALTER TABLE promotion ADD COLUMN max_uses_per_customer INTEGER;
ALTER TABLE promotion ADD COLUMN uses INTEGER NOT NULL DEFAULT 0;
ALTER TABLE promotion ADD CONSTRAINT promotion_uses_within_limit
  CHECK (uses >= 0 AND (max_uses IS NULL OR uses <= max_uses));
ALTER TABLE promotion ADD CONSTRAINT promotion_limits_positive
  CHECK ((max_uses IS NULL OR max_uses > 0) AND (max_uses_per_customer IS NULL OR max_uses_per_customer > 0));

CREATE TABLE promotion_usage
(
  promotion_id  VARCHAR(64) NOT NULL REFERENCES promotion (id),
  order_id      UUID        NOT NULL,
  customer_id   VARCHAR(64) NOT NULL,
  used_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  released_at   TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (promotion_id, order_id)
);
CREATE INDEX promotion_usage_by_customer ON promotion_usage (promotion_id, customer_id) WHERE released_at IS NULL;
CREATE INDEX promotion_usage_by_order ON promotion_usage (order_id);
--rollback DROP TABLE promotion_usage; ALTER TABLE promotion DROP CONSTRAINT promotion_limits_positive; ALTER TABLE promotion DROP CONSTRAINT promotion_uses_within_limit; ALTER TABLE promotion DROP COLUMN uses; ALTER TABLE promotion DROP COLUMN max_uses_per_customer; ALTER TABLE promotion DROP COLUMN max_uses;
