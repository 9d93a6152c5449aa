package io.orderservice.ordering.web;

import io.orderservice.ordering.application.port.in.OrderNotFoundException;
import io.orderservice.ordering.application.port.in.placement.CompensatePlacementUseCase;
import io.orderservice.ordering.application.port.in.placement.DecideReviewUseCase;
import io.orderservice.ordering.application.port.in.placement.GetPlacementQuery;
import io.orderservice.ordering.application.port.in.placement.ListStuckPlacementsQuery;
import io.orderservice.ordering.application.port.in.placement.PlacementView;
import io.orderservice.ordering.application.port.in.placement.RetryPlacementUseCase;
import io.orderservice.ordering.application.port.in.placement.StuckPlacement;
import io.orderservice.ordering.domain.saga.PlacementSaga;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What operators do with placements (docs/placement.md, runbook): see the stuck ones, look at one, try a
 * parked one again, give one up (compensate), decide a fraud review; who decides is the caller.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/placements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Placement operations", description = "Stuck, parked and held placements, for operators")
class PlacementAdminController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final ListStuckPlacementsQuery stuck;
    private final GetPlacementQuery placements;
    private final RetryPlacementUseCase retry;
    private final CompensatePlacementUseCase compensate;
    private final DecideReviewUseCase review;

    PlacementAdminController(ListStuckPlacementsQuery stuck, GetPlacementQuery placements, RetryPlacementUseCase retry,
                             CompensatePlacementUseCase compensate, DecideReviewUseCase review) {
        this.stuck = stuck;
        this.placements = placements;
        this.retry = retry;
        this.compensate = compensate;
        this.review = review;
    }

    /** Where an order's placement stands; {@code work} is the step or compensation it does or waits to do. */
    record PlacementResponse(UUID orderId, PlacementSaga.Status status, String work, int attempts, String failureReason,
                             Instant deadline, int paymentAttempt, List<PlacementSaga.Compensation> pendingCompensations) {

        static PlacementResponse from(PlacementView view) {
            return new PlacementResponse(view.orderId().value(), view.status(), view.work(), view.attempts(),
                    view.failureReason(), view.deadline(), view.paymentAttempt(), view.pendingCompensations());
        }
    }

    record StuckPlacementResponse(UUID orderId, PlacementSaga.Status status, String work, int attempts,
                                  String failureReason, Instant startedAt, Instant updatedAt, Instant deadline) {

        static StuckPlacementResponse from(StuckPlacement stuck) {
            return new StuckPlacementResponse(stuck.orderId().value(), stuck.status(), stuck.work(), stuck.attempts(),
                    stuck.failureReason(), stuck.startedAt(), stuck.updatedAt(), stuck.deadline());
        }
    }

    record StuckPlacements(List<StuckPlacementResponse> items) {
    }

    /** Why an operator decided; who decided is the caller, kept in the order's history. */
    record Decision(@NotBlank @Size(max = 200) @Schema(example = "customer confirmed by phone") String reason) {
    }

    record ReviewDecision(@NotNull @Schema(example = "true") Boolean approve,
                          @NotBlank @Size(max = 200) @Schema(example = "known customer, new card") String reason) {
    }

    @GetMapping("/stuck")
    @Operation(summary = "Parked placements, and those past a deadline by more than overdueBy, oldest first",
            description = "For operators (docs/placement.md, runbook): each with its step, attempts, last error, age and deadline.")
    @ApiResponse(responseCode = "200", description = "Each with its status, the work it is at, attempts, last error, age and deadline")
    StuckPlacements stuck(@RequestParam(defaultValue = "PT5M")
                          @Parameter(description = "How far past its deadline a step must be to count as stuck (ISO-8601 duration)",
                                  schema = @Schema(type = "string", format = "duration", maxLength = 32, defaultValue = "PT5M"))
                          Duration overdueBy) {
        return new StuckPlacements(stuck.stuck(overdueBy).stream().map(StuckPlacementResponse::from).toList());
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "Where an order's placement stands",
            description = "The saga as operators see it: status, step, attempts, work dispatched and its deadline, last error, fraud score and reasons.")
    @ApiResponse(responseCode = "200", description = "The placement saga of the order")
    @ApiResponse(responseCode = "404", description = "No placement for that order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    PlacementResponse get(@PathVariable UUID orderId) {
        var id = new OrderId(orderId);
        return PlacementResponse.from(placements.find(id).orElseThrow(() -> new OrderNotFoundException(id)));
    }

    @PostMapping("/{orderId}/retry")
    @Operation(summary = "Try a parked placement again, from where it stopped, with fresh attempts",
            description = "Only a PARKED placement; the work is dispatched again through the outbox.")
    @ApiResponse(responseCode = "200", description = "The placement, running again")
    @ApiResponse(responseCode = "404", description = "No placement for that order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The placement is not parked",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    PlacementResponse retry(@PathVariable UUID orderId) {
        return PlacementResponse.from(retry.retry(new OrderId(orderId)));
    }

    @PostMapping(path = "/{orderId}/compensate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Give a placement up: void its payment, release its stock, cancel the order with the reason",
            description = "Compensations run in reverse order, each retried like a step; the order ends CANCELLED with the reason in its history.")
    @ApiResponse(responseCode = "200", description = "The placement, compensating (or failed when there was nothing to undo)")
    @ApiResponse(responseCode = "400", description = "Reason or operator missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No placement for that order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The placement is over or compensating already",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    PlacementResponse compensate(@PathVariable UUID orderId, @Valid @RequestBody Decision decision, Caller caller) {
        return PlacementResponse.from(compensate.compensate(new OrderId(orderId), decision.reason(), caller));
    }

    @PostMapping(path = "/{orderId}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide on an order held for fraud review: approve (placement goes on) or reject (order rejected)",
            description = "Only for a placement AWAITING_REVIEW; the reviewer and the decision go into the order's history.")
    @ApiResponse(responseCode = "200", description = "The placement after the decision")
    @ApiResponse(responseCode = "400", description = "Decision or reason missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No placement for that order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The placement awaits no review",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    PlacementResponse review(@PathVariable UUID orderId, @Valid @RequestBody ReviewDecision decision, Caller caller) {
        return PlacementResponse.from(review.decide(new OrderId(orderId), decision.approve(), decision.reason(), caller));
    }
}
