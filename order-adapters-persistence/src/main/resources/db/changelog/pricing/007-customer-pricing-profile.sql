--liquibase formatted sql

--changeset order-service:pricing-007-customer-pricing-profile
--comment: What pricing knows of a customer: business or consumer, VAT registration country (reverse charge), segments promotions may target, and a tax exemption certificate with its validity (days, inclusive).
CREATE TABLE customer_pricing_profile (
    customer_id           VARCHAR(64) PRIMARY KEY,
    business              BOOLEAN     NOT NULL DEFAULT FALSE,
    vat_country           CHAR(2),
    segments              TEXT[]      NOT NULL DEFAULT '{}',
    exemption_certificate VARCHAR(100),
    exemption_valid_from  DATE,
    exemption_valid_to    DATE,
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT exemption_complete CHECK ((exemption_certificate IS NULL) = (exemption_valid_from IS NULL)
        AND (exemption_certificate IS NULL) = (exemption_valid_to IS NULL)),
    CONSTRAINT exemption_period CHECK (exemption_valid_to >= exemption_valid_from)
);
