package io.orderservice.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RmaTest {

    @Test
    void anRmaNumberIsTheReturnIdsFirstSixtyBitsInCrockfordsBase32() {
        assertThat(Rma.of(UUID.fromString("00000000-0000-0000-0000-000000000000")).value()).isEqualTo("RMA-0000-0000-0000");
        // 0x0123456789ABCDEF >>> 4 = 0x0123456789ABCDE: 60 bits, 12 digits of 5 bits
        assertThat(Rma.of(UUID.fromString("01234567-89ab-cdef-0000-000000000000")).value()).isEqualTo("RMA-04HM-ASW9-NF6Y");
        assertThat(Rma.of(UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff")).value()).isEqualTo("RMA-ZZZZ-ZZZZ-ZZZZ");
    }

    @Test
    void itHasNoLettersToMisreadAndTellsReturnsApart() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            var rma = Rma.of(UUID.randomUUID()).value();
            assertThat(rma).matches("RMA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
            seen.add(rma);
        }
        assertThat(seen).hasSize(10_000);
    }
}
