package io.orderservice.shared.inbox;

/**
 * The inbox: which incoming messages (webhooks, Kafka records) were processed already, recorded in the processing
 * transaction. Shared by every capability that consumes messages, each under its own {@code source}.
 */
public interface ProcessedMessages {

    /** Records the message; false if it was recorded before (then it must not be processed again). */
    boolean firstTime(String source, String messageId);
}
