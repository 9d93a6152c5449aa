--liquibase formatted sql

--changeset order-service:ordering-011-order-price-details
--comment: Orders priced by the pricing engine keep how their discount and tax were arrived at (tax lines by jurisdiction, applied promotions by line, notes) as one immutable JSON document read with the order (no extra query); prices that include tax, and the included tax taken off for a buyer who owes none.
ALTER TABLE orders ADD COLUMN tax_included BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE orders ADD COLUMN tax_relief_minor BIGINT NOT NULL DEFAULT 0 CHECK (tax_relief_minor >= 0);
ALTER TABLE orders ADD COLUMN price_details JSONB;
ALTER TABLE orders DROP CONSTRAINT orders_grand_total_adds_up;
ALTER TABLE orders ADD CONSTRAINT orders_grand_total_adds_up CHECK (grand_total_minor = CASE WHEN tax_included
    THEN subtotal_minor - discount_minor + shipping_minor - tax_relief_minor
    ELSE subtotal_minor - discount_minor + tax_minor + shipping_minor END);
ALTER TABLE orders ADD CONSTRAINT orders_tax_relief_only_when_included CHECK (tax_included OR tax_relief_minor = 0);
