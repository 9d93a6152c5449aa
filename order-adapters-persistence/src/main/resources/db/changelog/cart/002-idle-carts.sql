--liquibase formatted sql

--changeset order-service:cart-002-idle-carts
--comment: When an open cart was last found abandoned (issue 21: an event after the shop's idle time, once per idle spell; a change clears it), and the indexes the idle sweep reads by: open carts not yet found abandoned, and every cart by its last change (anonymous carts expire, old carts are purged).
ALTER TABLE cart ADD COLUMN abandoned_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX cart_idle_open ON cart (updated_at) WHERE status = 'OPEN' AND abandoned_at IS NULL;
CREATE INDEX cart_by_last_change ON cart (updated_at);
