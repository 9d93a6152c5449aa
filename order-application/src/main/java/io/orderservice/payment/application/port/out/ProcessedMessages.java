package io.orderservice.payment.application.port.out;

/** The inbox: which incoming messages were processed already, recorded in the processing transaction. */
public interface ProcessedMessages {

    /** Records the message; false if it was recorded before (then it must not be processed again). */
    boolean firstTime(String source, String messageId);
}
