package io.orderservice.returns.gateway;

import io.orderservice.shared.CustomerId;
import java.net.http.HttpClient;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Where a customer is mailed, from the identity provider's directory over SCIM 2.0 (RFC 7644 §3.4.2: {@code GET
 * /Users?filter=externalId eq "customer-42"}, a bearer token): the primary e-mail address, else the first. A customer
 * the directory does not know (a guest) has none; a directory that cannot answer throws, so the notice is tried again.
 */
class ScimCustomerDirectory {

    private static final MediaType SCIM = MediaType.parseMediaType("application/scim+json");

    private final RestClient http;
    private final String customerIdAttribute;

    ScimCustomerDirectory(MailNoticeProperties properties) {
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).baseUrl(properties.directoryBaseUrl().toString())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.directoryToken()).build();
        this.customerIdAttribute = properties.customerIdAttribute();
    }

    Optional<String> emailOf(CustomerId customer) {
        var filter = customerIdAttribute + " eq \"" + customer.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        var answer = http.get().uri(uri -> uri.path("/Users").queryParam("filter", "{filter}")
                        .queryParam("attributes", "emails").build(filter))
                .accept(SCIM, MediaType.APPLICATION_JSON).retrieve().body(JsonNode.class);
        if (answer == null || answer.path("totalResults").asInt(0) != 1) {
            return Optional.empty(); // none, or more than one: no guessing whose address it is
        }
        var emails = answer.path("Resources").path(0).path("emails");
        JsonNode chosen = null;
        for (var email : emails) {
            if (chosen == null || email.path("primary").asBoolean(false)) {
                chosen = email;
            }
        }
        return Optional.ofNullable(chosen).map(email -> email.path("value").asString("")).filter(ScimCustomerDirectory::isAddress);
    }

    private static boolean isAddress(String text) {
        return text.length() <= 254 && text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }
}
