package io.orderservice.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.micrometer.core.instrument.MeterRegistry;
import io.orderservice.support.OrderServiceIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A publication whose event class no longer exists (renamed, deleted) can never be delivered, and
 * Modulith's registry fails on it for every incomplete publication. The maintenance job moves it to
 * the quarantine table with the reason and carries on.
 */
@OrderServiceIntegrationTest
class OutboxQuarantineIT {

    @Autowired
    OutboxMaintenance maintenance;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void anUndeliverablePublicationIsQuarantinedAndResubmissionCarriesOn() {
        var id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                  completion_attempts)
                VALUES (?, 'io.orderservice.SomeListener.on(io.orderservice.RenamedEvent)', 'io.orderservice.RenamedEvent',
                  '{}', now() - interval '1 hour', 'PUBLISHED', 0)""").param(id).update();
        double quarantinedBefore = meters.counter("outbox.publications.quarantined").count();

        assertThatCode(maintenance::resubmitIncomplete).doesNotThrowAnyException();

        assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE id = ?").param(id).query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT reason FROM event_publication_quarantine WHERE id = ?").param(id)
                .query(String.class).single()).contains("io.orderservice.RenamedEvent");
        assertThat(meters.counter("outbox.publications.quarantined").count()).isEqualTo(quarantinedBefore + 1);
    }
}
