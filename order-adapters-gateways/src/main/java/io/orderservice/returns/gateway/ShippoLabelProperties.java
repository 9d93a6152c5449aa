package io.orderservice.returns.gateway;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Return labels bought through Shippo ({@code order-service.returns.labels.shippo}, docs/adapters/carriers.md): the
 * carrier account and service level the labels are bought with, the parcel they are bought for, and how far back the
 * adapter looks for a label it bought before (Shippo takes no idempotency key). The carrier's name, Shippo's address
 * and token, the timeouts and the returns address are {@code order-service.returns.labels}'.
 *
 * @param carrierAccount   the object id of the carrier account in Shippo; none: Shippo is not used
 * @param servicelevelToken the service level, e.g. {@code usps_priority} or {@code ups_ground}
 * @param parcel           the parcel a label is bought for (a return's parcel is not measured; the carrier bills the scan)
 * @param labelFileType    {@code PDF}, {@code PDF_4x6}, {@code PNG}, … as Shippo names them
 * @param lookBack         how old a label bought before may be and still be found: longer than the outbox takes to ask again
 */
@ConfigurationProperties("order-service.returns.labels.shippo")
record ShippoLabelProperties(String carrierAccount, String servicelevelToken, Parcel parcel, String labelFileType,
                             Duration lookBack) {

    ShippoLabelProperties {
        if (carrierAccount != null && (servicelevelToken == null || servicelevelToken.isBlank())) {
            throw new IllegalArgumentException("labels bought through Shippo need a servicelevel-token");
        }
        parcel = parcel == null ? Parcel.SHOE_BOX : parcel;
        labelFileType = labelFileType == null ? "PDF" : labelFileType;
        lookBack = lookBack == null ? Duration.ofDays(3) : lookBack;
        if (lookBack.isNegative() || lookBack.isZero()) {
            throw new IllegalArgumentException("order-service.returns.labels.shippo.look-back must be positive");
        }
    }

    boolean configured() {
        return carrierAccount != null;
    }

    /** A parcel's size and weight in Shippo's units ({@code cm}, {@code in}, …; {@code kg}, {@code lb}, …). */
    record Parcel(BigDecimal length, BigDecimal width, BigDecimal height, String distanceUnit, BigDecimal weight,
                  String massUnit) {

        static final Parcel SHOE_BOX = new Parcel(new BigDecimal("35"), new BigDecimal("25"), new BigDecimal("15"), "cm",
                new BigDecimal("2"), "kg");

        Parcel {
            Objects.requireNonNull(length, "length");
            Objects.requireNonNull(width, "width");
            Objects.requireNonNull(height, "height");
            Objects.requireNonNull(distanceUnit, "distance-unit");
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(massUnit, "mass-unit");
        }
    }
}
