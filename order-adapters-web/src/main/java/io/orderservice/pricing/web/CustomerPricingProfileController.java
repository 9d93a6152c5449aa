package io.orderservice.pricing.web;

import io.orderservice.pricing.application.port.in.FindCustomerPricingProfileQuery;
import io.orderservice.pricing.application.port.in.SetCustomerPricingProfileUseCase;
import io.orderservice.pricing.domain.Buyer;
import io.orderservice.pricing.domain.TaxExemption;
import io.orderservice.shared.CustomerId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators' view of what pricing knows of a customer. Roles in ApiAccessRules (docs/security.md). */
@RestController
@Validated
@RequestMapping(path = "/api/v1/admin/customers/{customerId}/pricing-profile", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pricing administration")
class CustomerPricingProfileController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final SetCustomerPricingProfileUseCase setProfile;
    private final FindCustomerPricingProfileQuery findProfile;

    CustomerPricingProfileController(SetCustomerPricingProfileUseCase setProfile, FindCustomerPricingProfileQuery findProfile) {
        this.setProfile = setProfile;
        this.findProfile = findProfile;
    }

    @Schema(description = "What pricing knows of a customer; it prices their quotes and orders from the next one on.")
    record PricingProfile(@Schema(description = "Buys as a business (default false)") Boolean business,
                          @Pattern(regexp = "[A-Z]{2}") @Schema(description = "Country of the business's VAT registration; "
                                  + "with business, reverse charge may apply", minLength = 2, maxLength = 2, example = "FR")
                          String vatCountry,
                          @Size(max = 20) @Schema(description = "Segments promotions may target")
                          List<@NotBlank @Size(max = 64) String> segments,
                          @Valid @Schema(description = "A tax exemption certificate; none when absent") Exemption exemption) {
        static PricingProfile from(Buyer buyer) {
            var exemption = buyer.exemption();
            return new PricingProfile(buyer.business(), buyer.vatCountry(), buyer.segments().stream().sorted().toList(),
                    exemption == null ? null : new Exemption(exemption.certificate(), exemption.validFrom(), exemption.validTo()));
        }

        Buyer toBuyer(CustomerId customerId) {
            return new Buyer(customerId, Boolean.TRUE.equals(business), vatCountry,
                    segments == null ? Set.of() : Set.copyOf(segments),
                    exemption == null ? null : new TaxExemption(exemption.certificate(), exemption.validFrom(), exemption.validTo()));
        }
    }

    record Exemption(@NotBlank @Size(max = 100) @Schema(example = "RESALE-2026-0042") String certificate,
                     @NotNull @Schema(description = "First day it exempts (inclusive)", maxLength = 10) LocalDate validFrom,
                     @NotNull @Schema(description = "Last day it exempts (inclusive)", maxLength = 10) LocalDate validTo) {
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set a customer's pricing profile",
            description = "Replaces what pricing knew of the customer. Orders already placed keep what they were priced with.")
    @ApiResponse(responseCode = "200", description = "The profile as stored")
    @ApiResponse(responseCode = "422", description = "An exemption that ends before it starts",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    PricingProfile set(@PathVariable @Size(max = 64) String customerId, @Valid @RequestBody PricingProfile body) {
        return PricingProfile.from(setProfile.set(body.toBuyer(new CustomerId(customerId))));
    }

    @GetMapping
    @Operation(summary = "A customer's pricing profile",
            description = "What their quotes and orders are priced for: business or not, VAT registration, segments, exemption.")
    @ApiResponse(responseCode = "200", description = "The profile")
    @ApiResponse(responseCode = "404", description = "The customer has none: they buy as a consumer",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    PricingProfile get(@PathVariable @Size(max = 64) String customerId) {
        return PricingProfile.from(findProfile.find(new CustomerId(customerId)));
    }
}
