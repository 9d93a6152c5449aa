package io.orderservice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.support.OrderServiceIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Processed message ids expire after the retention (30 days by default), younger ones stay. */
@OrderServiceIntegrationTest
class InboxMaintenanceIT {

    @Autowired
    InboxMaintenance maintenance;
    @Autowired
    JdbcClient jdbc;

    @Test
    void idsOlderThanTheRetentionArePurged() {
        var old = "old-" + UUID.randomUUID();
        var recent = "recent-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO inbox_message (source, message_id, received_at) VALUES ('it', ?, now() - interval '31 days')")
                .param(old).update();
        jdbc.sql("INSERT INTO inbox_message (source, message_id, received_at) VALUES ('it', ?, now() - interval '29 days')")
                .param(recent).update();

        assertThat(maintenance.purgeExpired()).isPositive();

        assertThat(jdbc.sql("SELECT message_id FROM inbox_message WHERE source = 'it'").query(String.class).list())
                .contains(recent).doesNotContain(old);
    }
}
