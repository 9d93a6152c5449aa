package io.orderservice.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox (ids of processed webhooks and Kafka records) from growing for ever: ids older than
 * the retention are deleted. The retention must outlast every redelivery a sender may still make —
 * webhooks are refused after their signature's tolerance (minutes), Kafka redeliveries come within the
 * topic's retention — so the default of 30 days is generous.
 */
@Component
class InboxMaintenance {

    private static final Logger log = LoggerFactory.getLogger(InboxMaintenance.class);

    private final JdbcClient jdbc;
    private final InboxProperties properties;

    InboxMaintenance(JdbcClient jdbc, InboxProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** @param retention processed message ids are kept this long */
    @ConfigurationProperties("order-service.inbox")
    record InboxProperties(Duration retention) {
        InboxProperties {
            retention = retention == null ? Duration.ofDays(30) : retention;
        }
    }

    @Scheduled(cron = "${order-service.inbox.purge-cron:0 47 * * * *}")
    int purgeExpired() {
        int deleted = jdbc.sql("DELETE FROM inbox_message WHERE received_at < now() - make_interval(secs => ?)")
                .param(properties.retention().toSeconds()).update();
        if (deleted > 0) {
            log.info("Purged {} processed message ids older than {}", deleted, properties.retention());
        }
        return deleted;
    }
}
