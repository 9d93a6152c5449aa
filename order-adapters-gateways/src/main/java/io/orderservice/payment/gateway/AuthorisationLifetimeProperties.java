package io.orderservice.payment.gateway;

import io.orderservice.payment.domain.AuthorisationLifetimes;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long gateways hold authorisations ({@code order-service.payment.authorisations}, docs/payments.md).
 *
 * @param lifetime    of a gateway not named in {@code lifetimes}; 7 days unless set
 * @param lifetimes   per gateway name
 * @param renewBefore how long before it lapses an uncaptured authorisation is renewed; 1 day unless set
 */
@ConfigurationProperties("order-service.payment.authorisations")
record AuthorisationLifetimeProperties(Duration lifetime, Map<String, Duration> lifetimes, Duration renewBefore) {

    AuthorisationLifetimes toLifetimes() {
        return new AuthorisationLifetimes(lifetime == null ? Duration.ofDays(7) : lifetime, lifetimes,
                renewBefore == null ? Duration.ofDays(1) : renewBefore);
    }
}
