package io.orderservice.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.shared.Caller;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreamTicketsTest {

    private static final String STREAM = "/api/v1/orders/4f1c/tracking/stream";
    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final Caller WAREHOUSE = new Caller("warehouse-west", Set.of(Role.WAREHOUSE), null, Set.of("WEST", "NORTH"));
    private static final Caller CUSTOMER = new Caller("customer-42", Set.of(Role.CUSTOMER), new CustomerId("customer-42"), Set.of());

    private static StreamTickets tickets(String secret, Instant now) {
        return new StreamTickets(secret, Duration.ofMinutes(2), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTicketNamesItsCallerAndOpensItsOwnStreamUntilItExpires() {
        var ticket = tickets("s3cret", NOW).issue(WAREHOUSE, STREAM);

        assertThat(ticket.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(tickets("s3cret", NOW.plusSeconds(119)).verify(ticket.value(), STREAM)).contains(WAREHOUSE);
        assertThat(tickets("s3cret", NOW).verify(tickets("s3cret", NOW).issue(CUSTOMER, STREAM).value(), STREAM)).contains(CUSTOMER);
        assertThat(tickets("s3cret", NOW.plusSeconds(120)).verify(ticket.value(), STREAM)).as("expired").isEmpty();
        assertThat(tickets("s3cret", NOW).verify(ticket.value(), "/api/v1/orders/9a2e/tracking/stream")).as("another stream").isEmpty();
    }

    @Test
    void onlyTheKeyThatSignedATicketAcceptsItAndNothingInItCanBeChanged() {
        var ticket = tickets("s3cret", NOW).issue(CUSTOMER, STREAM).value();
        var payload = ticket.substring(0, ticket.indexOf('.'));
        var decoded = new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8);
        var forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                decoded.replace("CUSTOMER", "ADMIN").getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ticket.substring(ticket.indexOf('.'));

        assertThat(tickets("another", NOW).verify(ticket, STREAM)).isEmpty();
        assertThat(tickets("", NOW).verify(tickets("", NOW).issue(CUSTOMER, STREAM).value(), STREAM))
                .as("without a secret, each instance has a random key of its own").isEmpty();
        assertThat(tickets("s3cret", NOW).verify(forged, STREAM)).isEmpty();
        assertThat(tickets("s3cret", NOW).verify("not-a-ticket", STREAM)).isEmpty();
        assertThat(tickets("s3cret", NOW).verify("@@.@@", STREAM)).isEmpty();
    }
}
