package io.orderservice.payment.messaging;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Payment events are believed only when their producer signed them: header {@value #HEADER} carries
 * {@code v1=<hex HMAC-SHA256 of the record's value with a shared secret>}, several {@code v1} while a secret is
 * rotated ({@code order-service.messaging.payment-events.signing-secrets}, any of which verifies). A record on the
 * topic from anyone who can write to it but lacks the secret cannot mark a payment authorised. There is no timestamp:
 * records are consumed late by design (lag, replays from the dead-letter topic), and the inbox refuses a replayed
 * event id. Without secrets the service refuses to start, unless {@code accept-unsigned} says the topic's write ACL is
 * the only guard on purpose.
 */
@Component
@ConditionalOnBooleanProperty("order-service.messaging.payment-events.enabled")
class PaymentEventSignatures {

    static final String HEADER = "payment-event-signature";
    private static final Logger log = LoggerFactory.getLogger(PaymentEventSignatures.class);

    private final List<byte[]> secrets;

    /** The part of {@code order-service.messaging.payment-events} about signatures. */
    @ConfigurationProperties("order-service.messaging.payment-events")
    record SignatureProperties(List<String> signingSecrets, boolean acceptUnsigned) {
    }

    PaymentEventSignatures(SignatureProperties properties) {
        this.secrets = (properties.signingSecrets() == null ? List.<String>of() : properties.signingSecrets()).stream()
                .filter(secret -> secret != null && !secret.isBlank()).map(secret -> secret.getBytes(StandardCharsets.UTF_8))
                .toList();
        if (this.secrets.isEmpty() && !properties.acceptUnsigned()) {
            throw new IllegalStateException("Payment events are consumed (order-service.messaging.payment-events.enabled) "
                    + "but no signing secret is configured: set order-service.messaging.payment-events.signing-secrets to the "
                    + "secret their producer signs with, or accept-unsigned=true where the topic's write ACL is the only "
                    + "guard on purpose (docs/payments.md, Payment events).");
        }
        if (this.secrets.isEmpty()) {
            log.warn("Payment events are accepted unsigned: anyone who may write to the topic can move payment states");
        }
    }

    /** The header a producer sends with {@code value}: what tests sign with. */
    static String sign(String secret, String value) {
        return "v1=" + HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), value));
    }

    /** @throws UnreadablePaymentEventException when no secret's signature is among the header's */
    void verify(Headers headers, String value) {
        if (secrets.isEmpty()) {
            return;
        }
        if (value == null) {
            throw new UnreadablePaymentEventException("an empty record");
        }
        var header = headers.lastHeader(HEADER);
        if (header == null) {
            throw new UnreadablePaymentEventException("the record carries no " + HEADER + " header");
        }
        var signatures = new String(header.value(), StandardCharsets.UTF_8).split(",");
        for (var secret : secrets) {
            var expected = hmac(secret, value);
            for (var signature : signatures) {
                var pair = signature.trim().split("=", 2);
                if (pair.length == 2 && pair[0].equals("v1") && matches(expected, pair[1])) {
                    return;
                }
            }
        }
        throw new UnreadablePaymentEventException("the record's " + HEADER + " does not match its value");
    }

    private static boolean matches(byte[] expected, String hex) {
        try {
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
