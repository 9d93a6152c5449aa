--liquibase formatted sql

--changeset order-service:returns-002-discount-recount
--comment: What a return's refund kept back for a discount the goods the customer kept no longer earn (negative: gave back), once its refund was counted (ADR 0034). A refund that came to nothing is counted too: its recount has no refund id.
ALTER TABLE return_request ADD COLUMN recount_minor BIGINT;
ALTER TABLE return_request ADD COLUMN recount_currency VARCHAR(3);
ALTER TABLE return_request ADD CONSTRAINT return_request_recount_with_currency
  CHECK ((recount_minor IS NULL) = (recount_currency IS NULL) AND (refund_id IS NULL OR recount_minor IS NOT NULL));
--rollback ALTER TABLE return_request DROP COLUMN recount_currency; ALTER TABLE return_request DROP COLUMN recount_minor;
