package io.orderservice.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes "an event committed is an event delivered" true across failures and restarts: publications
 * whose listener failed or never ran (crash after commit) are resubmitted until they complete.
 * Only one instance resubmits at a time (a PostgreSQL advisory lock), and completed publications are
 * purged so the table stays small. Restart republishing is off (it duplicates, Modulith #926); this job
 * replaces it.
 */
@Component
class OutboxMaintenance implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OutboxMaintenance.class);

    /** Arbitrary but fixed: the advisory lock all instances of the service agree on. */
    private static final long RESUBMISSION_LOCK = 0x0_5E5_0B0C5L;

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final OutboxProperties properties;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    OutboxMaintenance(IncompleteEventPublications incomplete, CompletedEventPublications completed,
                      OutboxProperties properties, TransactionTemplate transaction, JdbcClient jdbc) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.properties = properties;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "${order-service.outbox.resubmit-every:PT1M}",
            fixedDelayString = "${order-service.outbox.resubmit-every:PT1M}")
    void resubmitIncomplete() {
        transaction.executeWithoutResult(status -> {
            var locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(RESUBMISSION_LOCK).query(Boolean.class).single();
            if (!locked) {
                log.debug("Another instance is resubmitting outbox publications");
                return;
            }
            incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitOlderThan());
        });
    }

    @Scheduled(cron = "${order-service.outbox.purge-cron:0 17 * * * *}")
    void purgeCompleted() {
        completed.deletePublicationsOlderThan(properties.completedRetention());
    }

    /** Publications not yet completed: a growing number means a listener or the broker is failing. */
    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("outbox.publications.incomplete", () ->
                        jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single())
                .description("Outbox publications whose listener has not completed")
                .register(registry);
    }
}
