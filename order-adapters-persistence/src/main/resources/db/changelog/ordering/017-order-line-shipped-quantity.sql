--liquibase formatted sql

--changeset order-service:ordering-017-order-line-shipped-quantity
--comment: Issue 18 (ADR 0030) moves shipments to the fulfilment capability; ordering keeps how many units of each line have shipped, which refund limits, line changes and "what is left to ship" need. Filled from the shipments recorded so far.
ALTER TABLE order_lines ADD COLUMN shipped_quantity INT NOT NULL DEFAULT 0;
UPDATE order_lines l SET shipped_quantity = s.units
FROM (SELECT sh.order_id, sl.line_number, sum(sl.quantity) AS units
      FROM order_shipment sh JOIN order_shipment_line sl ON sl.shipment_id = sh.id
      GROUP BY sh.order_id, sl.line_number) s
WHERE l.order_id = s.order_id AND l.line_number = s.line_number;
ALTER TABLE order_lines ADD CONSTRAINT order_lines_shipped_within_quantity CHECK (shipped_quantity BETWEEN 0 AND quantity);
--rollback ALTER TABLE order_lines DROP COLUMN shipped_quantity;
