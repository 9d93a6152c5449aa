package io.orderservice.pricing.web;

import static io.orderservice.shared.web.ProblemTypes.problem;

import io.orderservice.pricing.application.port.in.AddPromotionUseCase;
import io.orderservice.pricing.application.port.in.DeactivatePromotionUseCase;
import io.orderservice.pricing.application.port.in.EndTaxRuleUseCase;
import io.orderservice.pricing.application.port.in.FindCustomerPricingProfileQuery;
import io.orderservice.pricing.application.port.in.QuoteRefusedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Pricing's refusals as problem responses, with the same types as placement uses. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PricingProblems {

    @ExceptionHandler(EndTaxRuleUseCase.TaxRuleNotFoundException.class)
    ProblemDetail taxRuleNotFound(EndTaxRuleUseCase.TaxRuleNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "tax-rule-not-found", "Tax rule not found", ex.getMessage());
    }

    @ExceptionHandler(FindCustomerPricingProfileQuery.ProfileNotFoundException.class)
    ProblemDetail profileNotFound(FindCustomerPricingProfileQuery.ProfileNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "pricing-profile-not-found", "No pricing profile", ex.getMessage());
    }

    @ExceptionHandler(AddPromotionUseCase.PromotionConflictException.class)
    ProblemDetail promotionConflict(AddPromotionUseCase.PromotionConflictException ex) {
        return problem(HttpStatus.CONFLICT, "promotion-conflict", "Promotion exists", ex.getMessage());
    }

    @ExceptionHandler(DeactivatePromotionUseCase.PromotionNotFoundException.class)
    ProblemDetail promotionNotFound(DeactivatePromotionUseCase.PromotionNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "promotion-not-found", "Promotion not found", ex.getMessage());
    }

    @ExceptionHandler(QuoteRefusedException.class)
    ProblemDetail refused(QuoteRefusedException ex) {
        return switch (ex.reason()) {
            case UNKNOWN_SKU -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-sku", "Unknown SKU", ex.getMessage());
            case NOT_SHIPPABLE -> problem(HttpStatus.UNPROCESSABLE_CONTENT, "not-shippable", "Cannot ship there", ex.getMessage());
        };
    }
}
