package io.orderservice.shared.kit;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * What a provider does besides answering well, as a contract kit asks an adapter's stand-in to enact it. Each kit says
 * which answer its port requires of the adapter for each (a payment kit: may the request have been processed; an
 * address kit: let the address pass as written).
 */
public enum ProviderMisbehaviour {

    /** One server error (a 5xx), then the right answer. */
    FAILS_ONCE_THEN_ANSWERS,

    /** Server errors however often it is asked. */
    FAILS_EVERY_TIME,

    /** Does the work but answers after the adapter has stopped waiting, every time. */
    ANSWERS_TOO_LATE,

    /** Answers 2xx with a body that is not what the provider documents (cut off, not JSON). */
    ANSWERS_MALFORMED,

    /** Answers 2xx, well formed, with a status or verdict newer than the adapter (a value of an enum it does not know). */
    ANSWERS_UNKNOWN_STATUS,

    /** Rate-limits every call (HTTP 429). */
    RATE_LIMITS_EVERY_TIME,

    /** Cannot be reached (connection refused). */
    UNREACHABLE;

    /**
     * What the adapter's test arranged for this misbehaviour (the adapter, or the adapter and its token); when its
     * stand-in cannot enact it (empty), the calling kit test is skipped, and shown as skipped.
     */
    public <T> T enactedBy(Optional<T> arranged) {
        Assumptions.assumeTrue(arranged.isPresent(), "the adapter's stand-in cannot enact " + this);
        return arranged.get();
    }
}
