package io.orderservice.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.orderservice.returns.application.port.out.CustomerNotices;
import io.orderservice.returns.application.port.out.CustomerNotices.Kind;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.kit.ProviderStandIn;
import io.orderservice.shared.kit.ProviderStandIn.Reply;
import io.orderservice.support.OrderServiceIntegrationTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mail channel ({@code MailedReturnNotices}) passes the notice kit as the service runs it: notices told in a
 * PostgreSQL transaction through the notification port, mailed after commit over SMTP to a local server (GreenMail) at
 * the address a SCIM directory (a local stand-in) has for the customer. The outage is the SMTP server stopped: the
 * return commits, and the outbox hands the notice over again once the server is back (resubmitted every 3 s here).
 */
@OrderServiceIntegrationTest
class MailedReturnNoticesContractIT extends NoticesAsTheServiceTellsThem {

    private static final int SMTP_PORT = freePort();
    private static final Map<String, String> DIRECTORY = new ConcurrentHashMap<>();
    private static final Pattern FILTER = Pattern.compile("externalId eq \"(.+)\"");
    private static final ProviderStandIn SCIM = ProviderStandIn.start().on("GET", "/Users", request -> {
        var filter = Arrays.stream(request.query().split("&")).filter(parameter -> parameter.startsWith("filter="))
                .map(parameter -> URLDecoder.decode(parameter.substring(7), StandardCharsets.UTF_8)).findFirst().orElse("");
        var customer = FILTER.matcher(filter);
        var email = customer.matches() ? DIRECTORY.get(customer.group(1)) : null;
        return new Reply(200, "application/scim+json", email == null
                ? "{\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"], \"totalResults\": 0, \"Resources\": []}"
                : """
                  {"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": 1, "Resources": [
                    {"emails": [{"value": "work-%s", "type": "work"}, {"value": "%s", "type": "home", "primary": true}]}]}"""
                        .formatted(email, email), Map.of());
    });
    private static GreenMail smtp = startSmtp();


    @DynamicPropertySource
    static void mailAndDirectory(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("order-service.notifications.mail.from", () -> "returns@shop.example");
        properties.add("order-service.notifications.mail.directory-base-url", SCIM::baseUrl);
        properties.add("order-service.notifications.mail.directory-token", () -> "directory-token");
        properties.add("order-service.outbox.resubmit-older-than", () -> "PT3S");
        properties.add("order-service.outbox.resubmit-every", () -> "PT3S");
    }

    @AfterAll
    static void stopServers() {
        smtp.stop();
        SCIM.close();
    }

    @Test
    void aCustomerTheDirectoryDoesNotKnowIsNotMailedAndTheChangeCommits() {
        var guest = new Recipient(OrderId.newId(), new CustomerId("guest-" + UUID.randomUUID()));
        var known = recipient();
        committed(() -> {
            notices.tell(new CustomerNotices.ReturnNotice(Kind.RECEIVED, UUID.randomUUID(), guest.orderId(), guest.customerId(),
                    null, null, null, null, Instant.now()));
            notices.tell(new CustomerNotices.ReturnNotice(Kind.RECEIVED, UUID.randomUUID(), known.orderId(), known.customerId(),
                    null, null, null, null, Instant.now()));
        });

        await().atMost(patience()).until(() -> received(known).size() == 1);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailedReturnNoticesContractIT::text))
                .noneMatch(text -> text.contains(guest.orderId().toString()));
        assertThat(SCIM.received()).anySatisfy(request -> assertThat(request.header("Authorization"))
                .isEqualTo("Bearer directory-token"));
    }

    @Override
    protected Recipient recipient() {
        var customer = new CustomerId("customer-" + UUID.randomUUID());
        DIRECTORY.put(customer.value(), customer.value().substring(0, 17) + "@customers.example");
        return new Recipient(OrderId.newId(), customer);
    }

    @Override
    protected List<String> received(Recipient recipient) {
        var address = DIRECTORY.get(recipient.customerId().value());
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> sentTo(message, address))
                .map(MailedReturnNoticesContractIT::text).toList();
    }

    @Override
    protected Kind kindOf(String message) {
        var subject = message.lines().findFirst().orElse("");
        if (subject.startsWith("Part of your return")) {
            return Kind.PARTIALLY_APPROVED;
        }
        if (subject.startsWith("Your return label")) {
            return Kind.LABEL_BOOKED;
        }
        if (subject.startsWith("We received")) {
            return Kind.RECEIVED;
        }
        if (subject.startsWith("Your refund")) {
            return Kind.REFUNDED;
        }
        return subject.endsWith("not approved") ? Kind.REJECTED : Kind.APPROVED;
    }

    @Override
    protected Optional<Outage> outage() {
        smtp.stop();
        return Optional.of(() -> smtp = startSmtp());
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(recipient -> recipient.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subject, then the text, as the customer reads them. */
    private static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + message.getContent();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GreenMail startSmtp() {
        var server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
