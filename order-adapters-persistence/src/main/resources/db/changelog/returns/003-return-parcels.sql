--liquibase formatted sql

--changeset order-service:returns-003-return-parcels
--comment: The parcel an approved return comes back in (ADR 0034): the label booked with a carrier once the approval committed, and how far the parcel got as the carrier's tracking webhooks report it. A tracking number belongs to one return of its carrier: webhooks find the return by it.
ALTER TABLE return_request ADD COLUMN parcel_carrier VARCHAR(32);
ALTER TABLE return_request ADD COLUMN parcel_tracking_number VARCHAR(64);
ALTER TABLE return_request ADD COLUMN parcel_label_url VARCHAR(2048);
ALTER TABLE return_request ADD COLUMN parcel_booked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE return_request ADD COLUMN parcel_progress VARCHAR(16);
ALTER TABLE return_request ADD COLUMN parcel_reported_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE return_request ADD CONSTRAINT return_request_parcel_whole CHECK (
  (parcel_carrier IS NULL) = (parcel_tracking_number IS NULL) AND (parcel_carrier IS NULL) = (parcel_label_url IS NULL)
  AND (parcel_carrier IS NULL) = (parcel_booked_at IS NULL) AND (parcel_carrier IS NULL) = (parcel_progress IS NULL)
  AND (parcel_carrier IS NULL) = (parcel_reported_at IS NULL)
  AND (parcel_carrier IS NULL OR decision IN ('APPROVED', 'PARTIALLY_APPROVED')));
ALTER TABLE return_request ADD CONSTRAINT return_request_parcel_progress_valid
  CHECK (parcel_progress IN ('LABEL_BOOKED', 'ON_ITS_WAY', 'ARRIVED', 'PROBLEM'));
CREATE UNIQUE INDEX return_request_by_parcel ON return_request (parcel_carrier, parcel_tracking_number)
  WHERE parcel_carrier IS NOT NULL;
--rollback DROP INDEX return_request_by_parcel; ALTER TABLE return_request DROP CONSTRAINT return_request_parcel_progress_valid; ALTER TABLE return_request DROP CONSTRAINT return_request_parcel_whole; ALTER TABLE return_request DROP COLUMN parcel_reported_at; ALTER TABLE return_request DROP COLUMN parcel_progress; ALTER TABLE return_request DROP COLUMN parcel_booked_at; ALTER TABLE return_request DROP COLUMN parcel_label_url; ALTER TABLE return_request DROP COLUMN parcel_tracking_number; ALTER TABLE return_request DROP COLUMN parcel_carrier;
