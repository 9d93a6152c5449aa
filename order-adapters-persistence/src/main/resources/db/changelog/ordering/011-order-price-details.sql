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

--changeset order-service:ordering-011-order-shipping-method
--comment: How an order ships, as priced: the carrier's service the shipping was chosen from and the days its delivery is expected between (null for orders priced before rate tables).
ALTER TABLE orders ADD COLUMN shipping_carrier VARCHAR(64);
ALTER TABLE orders ADD COLUMN shipping_service VARCHAR(64);
ALTER TABLE orders ADD COLUMN delivery_earliest DATE;
ALTER TABLE orders ADD COLUMN delivery_latest DATE;
ALTER TABLE orders ADD CONSTRAINT orders_shipping_method_complete CHECK ((shipping_carrier IS NULL) = (shipping_service IS NULL)
    AND (shipping_carrier IS NULL) = (delivery_earliest IS NULL) AND (shipping_carrier IS NULL) = (delivery_latest IS NULL)
    AND delivery_latest >= delivery_earliest);
