package io.orderservice.returns.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A return's RMA number (return merchandise authorisation): what the customer writes on the parcel and the warehouse
 * keys a receipt by, short enough to read out on the phone. Derived from the return's id — its first 60 bits in
 * Crockford's base 32, which has no I, L, O or U to misread — so it needs no counter and is the same wherever it is
 * shown; 60 bits make two returns sharing one vanishingly unlikely at any shop's volume.
 */
public record Rma(String value) {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    public Rma {
        Objects.requireNonNull(value, "value");
    }

    public static Rma of(UUID returnId) {
        long bits = returnId.getMostSignificantBits() >>> 4;
        var digits = new StringBuilder("RMA");
        for (int group = 0; group < 3; group++) {
            digits.append('-');
            for (int digit = 0; digit < 4; digit++) {
                int shift = 55 - 5 * (group * 4 + digit);
                digits.append(CROCKFORD[(int) ((bits >>> shift) & 31)]);
            }
        }
        return new Rma(digits.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
