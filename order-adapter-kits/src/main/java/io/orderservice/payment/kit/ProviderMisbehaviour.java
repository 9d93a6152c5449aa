package io.orderservice.payment.kit;

/**
 * What a payment provider does besides answering well, as the contract kit asks an adapter's stand-in to enact it on
 * an authorisation (docs/adapters/payment-gateways.md). Each names the answer the port requires of the adapter.
 */
public enum ProviderMisbehaviour {

    /** One server error (a 5xx), then the right answer: a retry with the same key and request must get it. */
    FAILS_ONCE_THEN_ANSWERS,

    /** Server errors however often it is asked: unavailable, and the request may have been processed. */
    FAILS_EVERY_TIME,

    /** Processes the request but answers after the adapter has stopped waiting, every time: may have been processed. */
    ANSWERS_TOO_LATE,

    /** Answers 2xx with a body that is not what the provider documents (cut off, not JSON): may have been processed. */
    ANSWERS_MALFORMED,

    /**
     * Answers 2xx, well formed, with a status newer than the adapter (say, {@code processing}): neither approved nor
     * refused — the money may move later — so unavailable with the request possibly processed, whose late news
     * (webhook or event) settles the payment.
     */
    ANSWERS_UNKNOWN_STATUS,

    /** Rate-limits every call (HTTP 429): nothing processed, so another gateway may be tried. */
    RATE_LIMITS_EVERY_TIME,

    /** Cannot be reached (connection refused): nothing processed, so another gateway may be tried. */
    UNREACHABLE
}
