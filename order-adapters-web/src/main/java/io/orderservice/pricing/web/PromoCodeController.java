package io.orderservice.pricing.web;

import static io.orderservice.shared.web.ProblemTypes.problem;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.orderservice.pricing.application.port.in.FindPromoCodeQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Promo codes, for a storefront's "apply code" field. */
@RestController
@RequestMapping(path = "/api/v1/promo-codes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pricing")
class PromoCodeController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final FindPromoCodeQuery promoCodes;

    PromoCodeController(FindPromoCodeQuery promoCodes) {
        this.promoCodes = promoCodes;
    }

    @Schema(description = "What a code gives and when; whether it applies to a basket (targets, minimum, segments) a price quote says")
    record PromoCodeResponse(String code, @JsonUnwrapped PromotionRuleResponse rule, boolean usableNow,
                             @Schema(description = "Why not usable now: not valid yet, expired") String whyNot) {
    }

    @GetMapping("/{code}")
    @Operation(summary = "Look a promo code up",
            description = "Case does not matter. Says what the code gives, on what, from which amount, for whom and when, and "
                    + "whether it is usable now. Whether it applies to a given basket: POST /api/v1/price-quotes (unusedPromoCodes).")
    @ApiResponse(responseCode = "200", description = "The code's promotion")
    @ApiResponse(responseCode = "404", description = "No active promotion has this code",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    PromoCodeResponse find(@PathVariable @Size(min = 1, max = 64)
                           @Parameter(schema = @Schema(type = "string", minLength = 1, maxLength = 64)) String code) {
        var found = promoCodes.find(code).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                problem(HttpStatus.NOT_FOUND, "promo-code-not-found", "Promo code not found",
                        "no active promotion has the code " + code), null));
        return new PromoCodeResponse(found.code(), PromotionRuleResponse.from(found.promotion()), found.usableNow(), found.whyNot());
    }
}
