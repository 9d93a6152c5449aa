package io.orderservice.ordering.web;

import static io.orderservice.shared.web.ProblemTypes.problem;

import io.orderservice.ordering.application.port.in.RateOrderUseCase.NotDeliveredYetException;
import io.orderservice.ordering.application.port.in.RateOrderUseCase.Rated;
import io.orderservice.ordering.application.port.in.RateOrderUseCase;
import io.orderservice.ordering.domain.SatisfactionRating;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.web.MultilineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The customer's satisfaction with a delivered order: one rating per order, replaced when given again. */
@RestController
@RequestMapping(path = "/api/v1/orders/{orderId}/satisfaction", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Orders")
class SatisfactionController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final RateOrderUseCase rate;
    private final RateOrderUseCase.Query ratings;

    SatisfactionController(RateOrderUseCase rate, RateOrderUseCase.Query ratings) {
        this.rate = rate;
        this.ratings = ratings;
    }

    /** The body of {@code PUT /api/v1/orders/{id}/satisfaction}. */
    record RatingRequest(@NotNull @Min(1) @Max(5) @Schema(description = "One to five stars", example = "5") Integer stars,
                         @Size(max = SatisfactionRating.MAX_COMMENT) @Schema(description = "What the customer wants to say",
                                 example = "Arrived early, well packed") @MultilineText String comment) {
    }

    record SatisfactionResponse(UUID orderId, int stars, @Schema(description = "The customer's words, if any") String comment,
                                Instant ratedAt) {
        static SatisfactionResponse from(UUID orderId, Rated rated) {
            return new SatisfactionResponse(orderId, rated.rating().stars(), rated.rating().comment(), rated.ratedAt());
        }
    }

    /** There is no rating of this order (yet). */
    static final class NoRatingException extends RuntimeException {
        NoRatingException(UUID orderId) {
            super("order " + orderId + " has not been rated");
        }
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rate an order", description = "How satisfied the customer is, once the order was delivered (DELIVERED, "
            + "COMPLETED, RETURN_REQUESTED, PARTIALLY_RETURNED or RETURNED). Rating again replaces the rating.")
    @ApiResponse(responseCode = "200", description = "The rating as stored")
    @ApiResponse(responseCode = "400", description = "Malformed body, stars outside 1 to 5, a comment over 1000 characters",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Not delivered yet (not-delivered-yet, with currentStatus); nothing stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    SatisfactionResponse rate(@PathVariable UUID orderId, @Valid @RequestBody RatingRequest body) {
        return SatisfactionResponse.from(orderId, rate.rate(new OrderId(orderId), new SatisfactionRating(body.stars(), body.comment())));
    }

    @GetMapping
    @Operation(summary = "An order's rating", description = "The customer's stars and comment, and when they gave them.")
    @ApiResponse(responseCode = "200", description = "The customer's rating")
    @ApiResponse(responseCode = "404", description = "No such order (order-not-found), or not rated (no-rating)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    SatisfactionResponse get(@PathVariable UUID orderId) {
        return ratings.ratingOf(new OrderId(orderId)).map(rated -> SatisfactionResponse.from(orderId, rated))
                .orElseThrow(() -> new NoRatingException(orderId));
    }

    @ExceptionHandler(NotDeliveredYetException.class)
    ProblemDetail notDeliveredYet(NotDeliveredYetException ex) {
        var problem = problem(HttpStatus.CONFLICT, "not-delivered-yet", "Not delivered yet", ex.getMessage());
        problem.setProperty("currentStatus", ex.status());
        return problem;
    }

    @ExceptionHandler(NoRatingException.class)
    ProblemDetail noRating(NoRatingException ex) {
        return problem(HttpStatus.NOT_FOUND, "no-rating", "Not rated", ex.getMessage());
    }
}
