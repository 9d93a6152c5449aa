package io.orderservice.returns.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderservice.shared.CustomerId;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import io.orderservice.shared.kit.ProviderStandIn;
import io.orderservice.shared.kit.ProviderStandIn.Reply;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClientException;

/** Reading a customer's address from a SCIM 2.0 directory (a local stand-in): which address, and when none. */
class ScimCustomerDirectoryTest {

    private final AtomicReference<String> answer = new AtomicReference<>();
    private final ProviderStandIn directory = ProviderStandIn.start()
            .on("GET", "/scim/v2/Users", request -> new Reply(200, "application/scim+json", answer.get(), Map.of()));

    @AfterEach
    void stop() {
        directory.close();
    }

    @Test
    void asksForTheCustomerByTheConfiguredAttributeWithTheTokenAndTakesThePrimaryAddress() {
        answer.set(users(1, """
                {"emails": [{"value": "ada@work.example", "type": "work"}, {"value": "ada@home.example", "primary": true}]}"""));

        var email = directory("userName").emailOf(new CustomerId("customer-\"42\""));

        assertThat(email).contains("ada@home.example");
        var request = directory.received().get(0);
        assertThat(request.header("Authorization")).isEqualTo("Bearer scim-token");
        assertThat(URLDecoder.decode(request.query(), StandardCharsets.UTF_8))
                .as("the id quoted as a SCIM string, so it cannot widen the filter")
                .contains("filter=userName eq \"customer-\\\"42\\\"\"").contains("attributes=emails");
    }

    @Test
    void withoutAPrimaryAddressTheFirst() {
        answer.set(users(1, """
                {"emails": [{"value": "ada@work.example"}, {"value": "ada@home.example"}]}"""));
        assertThat(directory("externalId").emailOf(new CustomerId("customer-42"))).contains("ada@work.example");
    }

    @Test
    void noAddressForACustomerItDoesNotKnowForTwoCustomersOrForSomethingThatIsNoAddress() {
        answer.set(users(0, ""));
        assertThat(directory("externalId").emailOf(new CustomerId("guest-1"))).isEmpty();
        answer.set(users(2, "{\"emails\": [{\"value\": \"one@example.com\"}]}, {\"emails\": [{\"value\": \"two@example.com\"}]}"));
        assertThat(directory("externalId").emailOf(new CustomerId("customer-42"))).as("not guessing whose it is").isEmpty();
        answer.set(users(1, "{\"emails\": [{\"value\": \"not an address\"}]}"));
        assertThat(directory("externalId").emailOf(new CustomerId("customer-42"))).isEmpty();
    }

    @Test
    void aDirectoryThatCannotAnswerThrowsSoTheNoticeIsTriedAgain() {
        answer.set(users(0, ""));
        directory.enact(ProviderMisbehaviour.FAILS_EVERY_TIME, Duration.ofSeconds(1));
        assertThatThrownBy(() -> directory("externalId").emailOf(new CustomerId("customer-42")))
                .isInstanceOf(RestClientException.class);
    }

    private ScimCustomerDirectory directory(String attribute) {
        return new ScimCustomerDirectory(new MailNoticeProperties("returns@shop.example",
                directory.baseUrl().resolve("/scim/v2"), "scim-token", attribute, null, null));
    }

    private static String users(int total, String resources) {
        return """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": %d, "Resources": [%s]}"""
                .formatted(total, resources);
    }
}
