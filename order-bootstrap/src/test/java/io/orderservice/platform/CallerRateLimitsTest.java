package io.orderservice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.shared.Caller;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.Role;
import io.orderservice.shared.web.CallerAuthentication;
import io.orderservice.shared.web.CallerFromToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

class CallerRateLimitsTest {

    private static final Caller STOREFRONT_FOR_42 = new Caller("storefront", Set.of(Role.STOREFRONT), new CustomerId("customer-42"), Set.of());
    private static final Caller CUSTOMER_42 = new Caller("customer-42", Set.of(Role.CUSTOMER), new CustomerId("customer-42"), Set.of());
    private static final Caller SUPPORT = new Caller("support", Set.of(Role.SUPPORT), null, Set.of());

    private final CallerRateLimits limits = new CallerRateLimits(new RequestRateLimitProperties(0, Duration.ofSeconds(1), 3, 2),
            Clock.fixed(Instant.parse("2026-12-05T12:00:00.200Z"), ZoneOffset.UTC), new CallerFromToken("customer_id", "locations"));

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCustomerIsLimitedWhicheverClientActsForThemAndACallerWhicheverAddressItUses() throws Exception {
        assertThat(call(CUSTOMER_42, "10.0.0.1").getStatus()).isEqualTo(200);
        assertThat(call(STOREFRONT_FOR_42, "10.0.0.2").getStatus()).isEqualTo(200);

        var third = call(CUSTOMER_42, "10.0.0.3");
        assertThat(third.getStatus()).as("two for customer 42 per window").isEqualTo(429);
        assertThat(third.getHeader("Retry-After")).isEqualTo("1");
        assertThat(third.getHeader("RateLimit-Limit")).isEqualTo("2");
        assertThat(third.getContentAsString()).contains("urn:order-service:problem:too-many-requests", "for this customer");

        assertThat(call(SUPPORT, "10.0.0.1").getStatus()).isEqualTo(200);
        assertThat(call(SUPPORT, "10.0.0.2").getStatus()).isEqualTo(200);
        assertThat(call(SUPPORT, "10.0.0.3").getStatus()).isEqualTo(200);
        var fourth = call(SUPPORT, "10.0.0.4");
        assertThat(fourth.getStatus()).as("three per caller per window, from any address").isEqualTo(429);
        assertThat(fourth.getContentAsString()).contains("from this caller");
    }

    @Test
    void requestsWithoutACallerAreLeftToTheAddressLimit() throws Exception {
        for (int i = 0; i < 5; i++) {
            var request = new MockHttpServletRequest("POST", "/api/v1/carriers/dhl/tracking-events");
            var response = new MockHttpServletResponse();
            limits.doFilter(request, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    private MockHttpServletResponse call(Caller caller, String address) throws Exception {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller));
        SecurityContextHolder.setContext(context);
        var request = new MockHttpServletRequest("GET", "/api/v1/orders");
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        limits.doFilter(request, response, chain);
        assertThat(chain.getRequest() != null).as("passed on unless refused").isEqualTo(response.getStatus() == 200);
        return response;
    }
}
