package io.orderservice.shipping.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The carriers shipments may leave with, by the name the warehouse uses ({@code dhl}, {@code ups}, ...).
 * Each says what its tracking numbers look like, where customers follow them ({@code {trackingNumber}} is
 * replaced), and whether it leaves issuing tracking numbers to us (an own delivery fleet).
 */
@ConfigurationProperties("order-service.shipping")
record CarrierProperties(Map<String, Carrier> carriers) {

    CarrierProperties {
        carriers = carriers == null ? Map.of() : Map.copyOf(carriers);
    }

    /**
     * @param trackingNumberPattern a regular expression a label's tracking number must match whole; null for any
     * @param trackingUrl           with {@code {trackingNumber}} in it; null when the carrier has no public tracking
     * @param issuesTrackingNumbers whether we issue the numbers (no label from the carrier)
     * @param webhookSecret         the secret the carrier signs its tracking webhooks with; null: it sends none
     * @param webhookTolerance      how far from now a webhook's signature time may be (5 minutes unless set)
     */
    record Carrier(Pattern trackingNumberPattern, String trackingUrl, boolean issuesTrackingNumbers, String webhookSecret,
                   Duration webhookTolerance) {

        /** Bound from configuration, where the pattern is text; compiled once here. */
        @ConstructorBinding
        Carrier(String trackingNumberPattern, String trackingUrl, Boolean issuesTrackingNumbers, String webhookSecret,
                Duration webhookTolerance) {
            this(trackingNumberPattern == null ? null : Pattern.compile(trackingNumberPattern), trackingUrl,
                    Boolean.TRUE.equals(issuesTrackingNumbers), webhookSecret,
                    webhookTolerance == null ? Duration.ofMinutes(5) : webhookTolerance);
        }
    }
}
