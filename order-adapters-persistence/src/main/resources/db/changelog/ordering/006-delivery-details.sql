--liquibase formatted sql

--changeset order-service:ordering-006-delivery-details
--comment: What may change about an order until it ships, besides its address (PUT /orders/{id}).
ALTER TABLE orders
  ADD COLUMN delivery_instructions   VARCHAR(500),
  ADD COLUMN requested_delivery_date DATE;
--rollback ALTER TABLE orders DROP COLUMN delivery_instructions, DROP COLUMN requested_delivery_date;
