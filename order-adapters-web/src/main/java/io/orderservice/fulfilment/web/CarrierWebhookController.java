package io.orderservice.fulfilment.web;

import static io.orderservice.shared.web.ProblemTypes.problem;

import io.orderservice.fulfilment.application.port.in.RecordTrackingUseCase.InvalidTrackingWebhookException;
import io.orderservice.fulfilment.application.port.in.RecordTrackingUseCase.TrackingReceipt;
import io.orderservice.fulfilment.application.port.in.RecordTrackingUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Carriers report their parcels' progress: signed webhooks, one per carrier. */
@RestController
@Validated
@Tag(name = "Shipping")
class CarrierWebhookController {

    private final RecordTrackingUseCase tracking;

    CarrierWebhookController(RecordTrackingUseCase tracking) {
        this.tracking = tracking;
    }

    record TrackingReceiptResponse(@Schema(description = "Reports added to timelines") int recorded,
                                   @Schema(description = "Reports the carrier had sent before") int repeated,
                                   @Schema(description = "Tracking numbers no shipment has; acknowledged so that they are not sent again")
                                   List<String> unknownTrackingNumbers) {
        static TrackingReceiptResponse from(TrackingReceipt receipt) {
            return new TrackingReceiptResponse(receipt.recorded(), receipt.repeated(), receipt.unknownTrackingNumbers());
        }
    }

    // Signed by the sender (HMAC), not authenticated by a bearer token: no security requirement.
    @SecurityRequirements
    @PostMapping(path = "/api/v1/carriers/{carrier}/tracking-events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Receive a carrier's signed tracking webhook",
            description = "Body {\"events\": [{\"eventId\", \"trackingNumber\", \"milestone\", \"occurredAt\", \"place\", "
                    + "\"description\"}]}, milestones LABEL_CREATED, PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, EXCEPTION; "
                    + "signed with the carrier's webhook-secret (order-service.shipping.carriers.<carrier>). Each report is "
                    + "recorded once per eventId; DELIVERED marks the shipment delivered, and the order DELIVERED when all are. "
                    + "Any answer but 2xx makes the carrier deliver it again later.")
    @ApiResponse(responseCode = "200", description = "Recorded (or known already)")
    @ApiResponse(responseCode = "400", description = "Forged, stale or unreadable webhook, or a carrier that sends none; nothing recorded",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @Parameter(in = ParameterIn.HEADER, name = "X-Signature", required = true,
            description = "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\"> with the carrier's webhook secret",
            schema = @Schema(type = "string", maxLength = 1024))
    TrackingReceiptResponse receive(@PathVariable @Size(max = 64) String carrier,
                                    @Parameter(hidden = true) @RequestHeader HttpHeaders headers,
                                    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The carrier's events, as it signed them",
                                            content = @Content(mediaType = "application/json", schema = @Schema(type = "string", maxLength = 262_144)))
                                    @RequestBody @Size(max = 262_144) String payload) {
        Map<String, String> byName = headers.headerSet().stream().collect(Collectors.toMap(
                header -> header.getKey().toLowerCase(Locale.ROOT), header -> header.getValue().get(0), (first, second) -> first));
        return TrackingReceiptResponse.from(tracking.record(carrier, byName, payload));
    }

    @ExceptionHandler(InvalidTrackingWebhookException.class)
    ProblemDetail invalid(InvalidTrackingWebhookException ex) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-webhook", "Invalid webhook", ex.getMessage());
    }
}
