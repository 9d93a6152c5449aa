package io.orderservice.payment.web;

import io.orderservice.payment.application.port.in.ResumeParkedOperationsUseCase;
import io.orderservice.payment.domain.PaymentStatus;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What operators do with an order's payment: resume its money operations parked after failing too often. */
@RestController
@RequestMapping(path = "/api/v1/admin/payments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Payment operations", description = "Parked money operations, for operators")
class PaymentAdminController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final ResumeParkedOperationsUseCase resume;

    PaymentAdminController(ResumeParkedOperationsUseCase resume) {
        this.resume = resume;
    }

    /**
     * @param resumed   the kinds of the operations resumed: CAPTURE, VOID, REFUND, AUTHORISATION (a renewal)
     * @param sentAgain what was sent to the gateway again at once and how it went; empty when nothing was
     */
    record ResumedResponse(UUID paymentId, UUID orderId, PaymentStatus status, List<String> resumed, String sentAgain) {
    }

    @PostMapping("/{orderId}/resume")
    @Operation(summary = "Resume the order's parked money operations, with fresh attempts",
            description = "For an operator, once the cause is fixed at the gateway (docs/operations.md, \"Parked money operations\"). "
                    + "A parked release (void) is sent again at once; a parked capture goes with the order's next shipment; a refund "
                    + "the order recorded as failed is asked for again as a new refund (POST /orders/{id}/refunds).")
    @ApiResponse(responseCode = "200", description = "What was resumed, and what was sent again")
    @ApiResponse(responseCode = "404", description = "The order has no payment",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "No money operation of the order is parked",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResumedResponse resume(@PathVariable UUID orderId, Caller caller) {
        var resumed = resume.resume(new OrderId(orderId), caller.subject());
        return new ResumedResponse(resumed.payment().id(), resumed.payment().orderId(), resumed.payment().status(),
                resumed.resumed(), resumed.sentAgain());
    }
}
