--liquibase formatted sql

--changeset order-service:pricing-002-catalog-seed context:!no-seed
--comment: A small demo catalog so that the service can take orders out of the box (README's curl example). Leave it out with the Liquibase context no-seed.
INSERT INTO catalog_product (sku, name) VALUES
  ('TSHIRT-BLK-M', 'T-shirt, black, M'),
  ('TSHIRT-WHT-L', 'T-shirt, white, L'),
  ('MUG-CLASSIC', 'Classic mug'),
  ('HOODIE-GRY-M', 'Hoodie, grey, M'),
  ('POSTER-A2', 'Poster A2'),
  ('LAST-ONE', 'Limited print (one left)');
INSERT INTO catalog_price (sku, currency, unit_price_minor) VALUES
  ('TSHIRT-BLK-M', 'EUR', 1999), ('TSHIRT-BLK-M', 'USD', 2199),
  ('TSHIRT-WHT-L', 'EUR', 1999), ('TSHIRT-WHT-L', 'USD', 2199),
  ('MUG-CLASSIC', 'EUR', 1250), ('MUG-CLASSIC', 'USD', 1350),
  ('HOODIE-GRY-M', 'EUR', 4900), ('HOODIE-GRY-M', 'USD', 5400),
  ('POSTER-A2', 'EUR', 900),
  ('LAST-ONE', 'EUR', 15000);
--rollback DELETE FROM catalog_price; DELETE FROM catalog_product;
