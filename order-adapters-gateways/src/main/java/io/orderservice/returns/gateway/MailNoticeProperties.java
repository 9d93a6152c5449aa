package io.orderservice.returns.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Return notices by e-mail ({@code order-service.notifications.mail}, docs/adapters/notifications.md): the sender, and
 * the customer directory (SCIM 2.0) the customers' addresses come from — the service keeps customer ids, not contacts.
 * The mail server is Spring Boot's {@code spring.mail.*}. No sender: no mail.
 *
 * @param customerIdAttribute the directory's attribute that holds the service's customer id ({@code externalId} unless
 *                            the identity provider keeps it as {@code userName})
 */
@ConfigurationProperties("order-service.notifications.mail")
record MailNoticeProperties(String from, URI directoryBaseUrl, String directoryToken, String customerIdAttribute,
                            Duration connectTimeout, Duration readTimeout) {

    MailNoticeProperties {
        if (from != null) {
            Objects.requireNonNull(directoryBaseUrl, "order-service.notifications.mail.directory-base-url");
            if (directoryToken == null || directoryToken.isBlank()) {
                throw new IllegalArgumentException("order-service.notifications.mail.directory-token is needed to read the directory");
            }
        }
        customerIdAttribute = customerIdAttribute == null ? "externalId" : customerIdAttribute;
        if (!customerIdAttribute.matches("[A-Za-z][A-Za-z0-9.]{0,63}")) {
            throw new IllegalArgumentException("a SCIM attribute name, such as externalId or userName");
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
    }

    /** The token stays out of logs and actuator output. */
    @Override
    public String toString() {
        return "MailNoticeProperties[from=" + from + ", directoryBaseUrl=" + directoryBaseUrl + ", customerIdAttribute="
                + customerIdAttribute + "]";
    }
}
