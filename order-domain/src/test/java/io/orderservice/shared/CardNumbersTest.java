package io.orderservice.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CardNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"4242424242424242", "pay with 4242 4242 4242 4242 please", "5555-5555-5555-4444",
            "{\"line2\":\"378282246310005\"}", "6011111111111117", "tok_4242424242424242"})
    void findsCardNumbersHoweverTheyAreWritten(String text) {
        assertThat(CardNumbers.containsCardNumber(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4242424242424241", "order 123456789012", "2026-11-28T10:00:00Z", "+44 20 7946 0958",
            "51136494-7648-3794-bacf-cba61af6789a:authorisation",
            "1700000000000", "c3a1b2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "tok_approve", "/tmp/epg3275934334343184106",
            "Created log in /target/kafka-2498749698234495258/combined_0_0", "tomcat.8080.2498749698234495258 started"})
    void leavesOtherNumbersAlone(String text) {
        // Not Luhn-valid, too short, or not one run of digits.
        assertThat(CardNumbers.containsCardNumber(text)).isFalse();
    }

    @Test
    void redactsOnlyTheCardNumbers() {
        assertThat(CardNumbers.redact("card 4242 4242 4242 4242, order 123456789012"))
                .isEqualTo("card [card number removed], order 123456789012");
    }
}
