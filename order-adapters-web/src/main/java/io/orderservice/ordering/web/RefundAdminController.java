package io.orderservice.ordering.web;

import io.orderservice.ordering.application.port.in.ListFailedRefundsQuery.FailedRefund;
import io.orderservice.ordering.application.port.in.ListFailedRefundsQuery;
import io.orderservice.ordering.web.OrderResponse.MoneyResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operators' list of refunds that failed (docs/payments.md, "Refunds the gateway settles later"). */
@RestController
@RequestMapping(path = "/api/v1/admin/refunds", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Refunds")
class RefundAdminController {

    private final ListFailedRefundsQuery failedRefunds;

    RefundAdminController(ListFailedRefundsQuery failedRefunds) {
        this.failedRefunds = failedRefunds;
    }

    record FailedRefundResponse(UUID orderId, UUID refundId, @Schema(example = "damaged") String reasonCode,
                                MoneyResponse amount,
                                @Schema(description = "What it is for, e.g. a return's RMA; null when the reason code says enough")
                                String reference,
                                @Schema(description = "Why it was not made, as the gateway said", example = "expired_or_canceled_card")
                                String failure, Instant requestedAt, Instant failedAt) {

        static FailedRefundResponse from(FailedRefund refund) {
            return new FailedRefundResponse(refund.orderId().value(), refund.refundId(), refund.reasonCode(),
                    MoneyResponse.from(refund.amount()), refund.reference(), refund.failure(), refund.requestedAt(),
                    refund.failedAt());
        }
    }

    record FailedRefunds(List<FailedRefundResponse> items) {
    }

    @GetMapping("/failed")
    @Operation(summary = "Refunds that failed and nobody asked for again, oldest failure first",
            description = "Money that did not go back to a customer: the gateway refused the refund, or accepted it and said "
                    + "later that it failed (its refund.failed webhook). Ask for one again with POST "
                    + "/api/v1/orders/{orderId}/refunds/{refundId}/retry, which takes it off this list.")
    @ApiResponse(responseCode = "200", description = "Each with its order, amount, reason, what it is for (a return's RMA) and why it failed")
    @ApiResponse(responseCode = "400", description = "A limit outside 1-500",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    FailedRefunds failedRefunds(@RequestParam(defaultValue = "100") @Min(1) @Max(500)
                         @Parameter(description = "At most this many (1-500)") int limit) {
        return new FailedRefunds(failedRefunds.failedRefunds(limit).stream().map(FailedRefundResponse::from).toList());
    }
}
