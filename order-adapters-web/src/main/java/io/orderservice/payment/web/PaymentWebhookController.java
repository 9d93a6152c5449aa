package io.orderservice.payment.web;

import io.orderservice.payment.application.port.in.ReceivePaymentWebhookUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Where payment gateways report what happened to a payment (docs/payments.md, "Webhooks"). */
@RestController
@Tag(name = "Payment webhooks", description = "Signed notifications from payment gateways")
class PaymentWebhookController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final ReceivePaymentWebhookUseCase webhooks;

    PaymentWebhookController(ReceivePaymentWebhookUseCase webhooks) {
        this.webhooks = webhooks;
    }

    /** What became of a webhook. {@code IGNORED}: about nothing payments act on. */
    record WebhookReceipt(String outcome) {
    }

    // Signed by the sender (HMAC), not authenticated by a bearer token: no security requirement.
    @SecurityRequirements
    @PostMapping(path = "/api/v1/payments/webhooks/{gateway}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Receive a payment gateway's signed webhook",
            description = "Verified with the gateway's own signature scheme, header and secret (each gateway's adapter "
                    + "reads its provider's: for gateways configured under order-service.payment.http-gateways, "
                    + "Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\">; "
                    + "docs/adapters/payment-gateways.md); applied exactly once per event id. "
                    + "Any answer but 2xx makes the gateway deliver it again later.")
    @ApiResponse(responseCode = "200", description = "Accepted: APPLIED, ALREADY_KNOWN, DUPLICATE_MESSAGE or IGNORED")
    @ApiResponse(responseCode = "400", description = "Forged, stale or unreadable webhook; nothing was applied",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "The payment is not known (yet): the gateway retries later",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    WebhookReceipt receive(@PathVariable @Size(max = 32) String gateway, @Parameter(hidden = true) @RequestHeader HttpHeaders headers,
                           @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The gateway's event, as it signed it",
                                   content = @Content(mediaType = "application/json", schema = @Schema(type = "string", maxLength = 262_144)))
                           @RequestBody @Size(max = 262_144) String payload) {
        Map<String, String> byName = headers.headerSet().stream().collect(Collectors.toMap(
                header -> header.getKey().toLowerCase(Locale.ROOT), header -> header.getValue().get(0), (first, second) -> first));
        return new WebhookReceipt(webhooks.receive(gateway, byName, payload).map(Enum::name).orElse("IGNORED"));
    }
}
