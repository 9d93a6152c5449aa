package io.orderservice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The fixed window: the limit passes, the next request is 429 until the window turns; clients count apart. */
class RequestRateLimitsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-28T10:00:00.200Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final RequestRateLimits limits = new RequestRateLimits(new RequestRateLimitProperties(2, Duration.ofSeconds(1), 0, 0), clock);

    @Test
    void theLimitPassesTheNextRequestWaitsForTheNextWindowAndClientsCountApart() throws Exception {
        assertThat(call("10.0.0.1").getHeader("RateLimit-Remaining")).isEqualTo("1");
        var second = call("10.0.0.1");
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getHeader("RateLimit-Remaining")).isEqualTo("0");

        var third = call("10.0.0.1");
        assertThat(third.getStatus()).isEqualTo(429);
        assertThat(third.getHeader("Retry-After")).isEqualTo("1");
        assertThat(third.getContentType()).isEqualTo("application/problem+json");
        assertThat(third.getContentAsString()).contains("urn:order-service:problem:too-many-requests");
        assertThat(call("10.0.0.2").getStatus()).as("another client").isEqualTo(200);

        now.set(now.get().plusMillis(800));
        assertThat(call("10.0.0.1").getStatus()).as("the next window").isEqualTo(200);
    }

    @Test
    void worksWithTheServicesMicrosecondClock() throws Exception {
        var microseconds = new RequestRateLimits(new RequestRateLimitProperties(2, Duration.ofSeconds(1), 0, 0),
                Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)));
        var request = new MockHttpServletRequest("GET", "/api/v1/orders");
        var response = new MockHttpServletResponse();
        microseconds.doFilter(request, response, new MockFilterChain());
        assertThat(response.getHeader("RateLimit-Limit")).isEqualTo("2");
    }

    @Test
    void onlyTheApiIsLimited() throws Exception {
        for (int i = 0; i < 5; i++) {
            var request = new MockHttpServletRequest("GET", "/actuator/health");
            var response = new MockHttpServletResponse();
            limits.doFilter(request, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeader("RateLimit-Limit")).isNull();
        }
    }

    private MockHttpServletResponse call(String client) throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/orders");
        request.setRemoteAddr(client);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        limits.doFilter(request, response, chain);
        if (response.getStatus() == 200) {
            assertThat(chain.getRequest()).as("passed on").isNotNull();
        } else {
            assertThat(chain.getRequest()).as("stopped").isNull();
        }
        return response;
    }
}
