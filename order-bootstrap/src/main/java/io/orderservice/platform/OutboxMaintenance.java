package io.orderservice.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Makes "an event committed is an event delivered" true across failures and restarts: publications
 * whose listener failed or never ran (crash after commit) are resubmitted until they complete. A
 * publication that can never be delivered because its event type no longer exists is moved to
 * {@code event_publication_quarantine} with the reason: Modulith's registry loads all incomplete
 * publications at once and one it cannot deserialize would stop every resubmission.
 * Only one instance resubmits at a time (a PostgreSQL advisory lock), and completed publications are
 * purged so the table stays small. Restart republishing is off (it duplicates, Modulith #926); this job
 * replaces it.
 */
@Component
class OutboxMaintenance {

    private static final Logger log = LoggerFactory.getLogger(OutboxMaintenance.class);

    /** Arbitrary but fixed: the advisory lock all instances of the service agree on. */
    private static final long RESUBMISSION_LOCK = 0x0_5E5_0B0C5L;

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final OutboxProperties properties;
    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final Counter quarantined;

    OutboxMaintenance(IncompleteEventPublications incomplete, CompletedEventPublications completed,
                      OutboxProperties properties, JdbcTemplate jdbcTemplate, JdbcClient jdbc,
                      MeterRegistry meters) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.properties = properties;
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        // A growing number of incomplete publications means a listener or the broker is failing.
        Gauge.builder("outbox.publications.incomplete", () ->
                        jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single())
                .description("Outbox publications whose listener has not completed")
                .register(meters);
        this.quarantined = Counter.builder("outbox.publications.quarantined")
                .description("Outbox publications moved to event_publication_quarantine: they can never be delivered")
                .register(meters);
    }

    @Scheduled(initialDelayString = "${order-service.outbox.resubmit-every:PT1M}",
            fixedDelayString = "${order-service.outbox.resubmit-every:PT1M}")
    void resubmitIncomplete() {
        // A session lock on a connection held for the run, not a transaction around it: each publication's
        // "resubmitted" mark must commit before its (asynchronous) listener runs, or the listener's own
        // marks race with that commit and a failed publication can stay "resubmitted" for ever.
        jdbcTemplate.execute((ConnectionCallback<Void>) connection -> {
            if (!advisoryLock(connection, "SELECT pg_try_advisory_lock(?)")) {
                log.debug("Another instance is resubmitting outbox publications");
                return null;
            }
            try {
                quarantineUndeliverable();
                incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitOlderThan());
            } finally {
                advisoryLock(connection, "SELECT pg_advisory_unlock(?)");
            }
            return null;
        });
    }

    private static boolean advisoryLock(Connection connection, String sql) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, RESUBMISSION_LOCK);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** Moves incomplete publications whose event class cannot be loaded out of the registry's way. */
    void quarantineUndeliverable() {
        var types = jdbc.sql("SELECT DISTINCT event_type FROM event_publication WHERE completion_date IS NULL")
                .query(String.class).list();
        for (var type : types) {
            if (ClassUtils.isPresent(type, getClass().getClassLoader())) {
                continue;
            }
            var moved = jdbc.sql("""
                            WITH moved AS (
                              DELETE FROM event_publication WHERE completion_date IS NULL AND event_type = :type RETURNING *)
                            INSERT INTO event_publication_quarantine
                              (id, listener_id, event_type, serialized_event, publication_date, reason, quarantined_at)
                            SELECT id, listener_id, event_type, serialized_event, publication_date, :reason, now() FROM moved""")
                    .param("type", type)
                    .param("reason", "event type " + type + " is not on the class path")
                    .update();
            quarantined.increment(moved);
            log.error("Quarantined {} outbox publication(s) of unknown event type {}: see event_publication_quarantine",
                    moved, type);
        }
    }

    @Scheduled(cron = "${order-service.outbox.purge-cron:0 17 * * * *}")
    void purgeCompleted() {
        completed.deletePublicationsOlderThan(properties.completedRetention());
    }
}
