package io.orderservice.shared.persistence;

import io.orderservice.shared.inbox.ProcessedMessages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inbox on PostgreSQL. Two deliveries of one message racing each other serialise on the primary
 * key: the second waits for the first's transaction and then finds the row (or, if the first rolled
 * back, records it and processes the message itself).
 */
@Component
class ProcessedMessagesAdapter implements ProcessedMessages {

    private final JdbcClient jdbc;

    ProcessedMessagesAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean firstTime(String source, String messageId) {
        return jdbc.sql("INSERT INTO inbox_message (source, message_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(source, messageId).update() == 1;
    }
}
