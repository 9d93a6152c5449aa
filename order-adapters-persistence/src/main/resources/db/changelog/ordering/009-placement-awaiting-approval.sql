--liquibase formatted sql

--changeset order-service:ordering-009-placement-awaiting-approval
--comment: A placement may wait for an approver before its first step.
ALTER TABLE placement_saga DROP CONSTRAINT placement_saga_status_valid;
ALTER TABLE placement_saga ADD CONSTRAINT placement_saga_status_valid CHECK (status IN ('AWAITING_APPROVAL', 'RUNNING',
  'AWAITING_REVIEW', 'AWAITING_PAYMENT_ACTION', 'AWAITING_PAYMENT_RETRY', 'COMPENSATING', 'PARKED', 'COMPLETED', 'FAILED'));
--rollback ALTER TABLE placement_saga DROP CONSTRAINT placement_saga_status_valid;
