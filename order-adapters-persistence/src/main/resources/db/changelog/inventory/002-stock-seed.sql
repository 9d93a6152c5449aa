--liquibase formatted sql

--changeset order-service:inventory-002-stock-seed context:!no-seed
--comment: Demo stock for the demo catalog, in the one warehouse of the skeleton (MAIN).
INSERT INTO stock_level (warehouse_code, sku, on_hand) VALUES
  ('MAIN', 'TSHIRT-BLK-M', 1000000),
  ('MAIN', 'TSHIRT-WHT-L', 1000000),
  ('MAIN', 'MUG-CLASSIC', 1000000),
  ('MAIN', 'HOODIE-GRY-M', 1000000),
  ('MAIN', 'POSTER-A2', 1000000),
  ('MAIN', 'LAST-ONE', 1);
--rollback DELETE FROM stock_level;
