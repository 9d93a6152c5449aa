--liquibase formatted sql

--changeset order-service:pricing-006-tax-rule-public-id
--comment: Tax rules are named by a UUID in the API: sequential numbers would let anyone enumerate them.
ALTER TABLE tax_rule ADD COLUMN public_id UUID NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE tax_rule ADD CONSTRAINT tax_rule_public_id_unique UNIQUE (public_id);
--rollback ALTER TABLE tax_rule DROP COLUMN public_id;
