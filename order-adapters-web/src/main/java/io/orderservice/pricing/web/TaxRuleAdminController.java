package io.orderservice.pricing.web;

import io.orderservice.pricing.application.port.in.AddTaxRuleUseCase;
import io.orderservice.pricing.application.port.in.EndTaxRuleUseCase;
import io.orderservice.pricing.application.port.in.ListTaxRulesQuery;
import io.orderservice.pricing.application.port.in.StoredTaxRule;
import io.orderservice.pricing.domain.Jurisdiction;
import io.orderservice.pricing.domain.TaxCategory;
import io.orderservice.pricing.domain.TaxRule;
import io.orderservice.shared.RequestKey;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Operators' tax rules. Admins only. */
@RestController
@RequestMapping(path = "/api/v1/admin/tax-rules", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pricing administration", description = "Tax rules, changed without a redeploy (docs/pricing.md)")
class TaxRuleAdminController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final ListTaxRulesQuery listRules;
    private final AddTaxRuleUseCase addRule;
    private final EndTaxRuleUseCase endRule;

    TaxRuleAdminController(ListTaxRulesQuery listRules, AddTaxRuleUseCase addRule, EndTaxRuleUseCase endRule) {
        this.listRules = listRules;
        this.addRule = addRule;
        this.endRule = endRule;
    }

    record TaxRuleResponse(UUID id, String jurisdiction, String countryCode, String region, String postalFrom, String postalTo,
                           TaxCategory category, @Schema(description = "A decimal fraction: 0.19 for 19 %") String rate,
                           boolean taxesShipping, LocalDate validFrom,
                           @Schema(description = "The first day it no longer applies; null while it has no end") LocalDate validUntil) {
        static TaxRuleResponse from(StoredTaxRule stored) {
            var rule = stored.rule();
            var where = rule.jurisdiction();
            return new TaxRuleResponse(stored.id(), where.name(), where.countryCode(), where.region(), where.postalFrom(),
                    where.postalTo(), rule.category(), rule.rate().stripTrailingZeros().toPlainString(), rule.taxesShipping(),
                    stored.validFrom(), stored.validUntil());
        }
    }

    /** The body of {@code POST /api/v1/admin/tax-rules}. */
    record NewTaxRule(@NotBlank @Size(max = 100) @Schema(example = "Germany") String jurisdiction,
                      @NotBlank @Pattern(regexp = "[A-Z]{2}") @Schema(example = "DE", minLength = 2, maxLength = 2) String countryCode,
                      @Size(max = 100) String region,
                      @Size(max = 20) String postalFrom,
                      @Size(max = 20) String postalTo,
                      @NotNull @Schema(description = "STANDARD, REDUCED or ZERO") TaxCategory category,
                      @NotNull @Schema(type = "string", pattern = "^0(\\.[0-9]{1,6})?$", maxLength = 8, example = "0.19",
                              description = "A decimal fraction from 0 to below 1") BigDecimal rate,
                      @Schema(description = "Whether it taxes the shipping charge (default false)") Boolean taxesShipping,
                      @Schema(description = "The first day it applies (UTC); today when absent; not in the past", maxLength = 10)
                      LocalDate validFrom) {
    }

    /** The body of {@code POST /api/v1/admin/tax-rules/{id}/end}. */
    record EndRequest(@NotNull @Schema(description = "The first day it no longer applies (UTC)", maxLength = 10) LocalDate validUntil) {
    }

    @GetMapping
    @Operation(summary = "Every tax rule, ended ones included, oldest first",
            description = "What applied when stays on record: a rate changes by ending its rule and adding the new rate from that day.")
    @ApiResponse(responseCode = "200", description = "The rules")
    List<TaxRuleResponse> list() {
        return listRules.list().stream().map(TaxRuleResponse::from).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a tax rule",
            description = "It applies from validFrom on to quotes and orders shipped to its jurisdiction, for products of its category.")
    @ApiResponse(responseCode = "201", description = "The rule; Location names it")
    @ApiResponse(responseCode = "400", description = "Malformed body or a field of the wrong shape",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A rate out of range, a ZERO rule with a rate, a half-open postal range, a start in the past",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<TaxRuleResponse> add(@Valid @RequestBody NewTaxRule body, UriComponentsBuilder uri, RequestKey key) {
        var rule = new TaxRule(new Jurisdiction(body.jurisdiction(), body.countryCode(), body.region(), body.postalFrom(),
                body.postalTo()), body.category(), body.rate(), Boolean.TRUE.equals(body.taxesShipping()));
        var stored = addRule.add(rule, body.validFrom(), key);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(uri.path("/api/v1/admin/tax-rules/{id}").buildAndExpand(stored.id()).toUri())
                .body(TaxRuleResponse.from(stored));
    }

    @PostMapping(path = "/{id}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "End a tax rule", description = "It applies no more from validUntil (after its first day, not in the past).")
    @ApiResponse(responseCode = "200", description = "The rule, ended")
    @ApiResponse(responseCode = "404", description = "No such rule",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "An end before its first day or in the past",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    TaxRuleResponse end(@PathVariable UUID id, @Valid @RequestBody EndRequest body) {
        return TaxRuleResponse.from(endRule.end(id, body.validUntil()));
    }
}
