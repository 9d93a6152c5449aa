package io.orderservice.pricing.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.orderservice.pricing.application.port.in.AddPromotionUseCase;
import io.orderservice.pricing.application.port.in.DeactivatePromotionUseCase;
import io.orderservice.pricing.application.port.in.ListPromotionsQuery;
import io.orderservice.pricing.application.port.in.StoredPromotion.UsageLimits;
import io.orderservice.pricing.application.port.in.StoredPromotion;
import io.orderservice.pricing.domain.Promotion;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.Money;
import io.orderservice.shared.RequestKey;
import io.orderservice.shared.Sku;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Operators' promotions. Roles in ApiAccessRules (docs/security.md). */
@RestController
@Validated
@RequestMapping(path = "/api/v1/admin/promotions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pricing administration")
class PromotionAdminController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String ID = "[a-z0-9][a-z0-9-]{0,63}";

    private final ListPromotionsQuery listPromotions;
    private final AddPromotionUseCase addPromotion;
    private final DeactivatePromotionUseCase deactivatePromotion;

    PromotionAdminController(ListPromotionsQuery listPromotions, AddPromotionUseCase addPromotion,
                             DeactivatePromotionUseCase deactivatePromotion) {
        this.listPromotions = listPromotions;
        this.addPromotion = addPromotion;
        this.deactivatePromotion = deactivatePromotion;
    }

    @Schema(description = "A promotion as operators see it: its rule, code, stacking, limits, the uses held, whether it is active")
    record ManagedPromotionResponse(@JsonUnwrapped PromotionRuleResponse rule, String code, boolean exclusive, int priority,
                             Integer maxUses, Integer maxUsesPerCustomer,
                             @Schema(description = "Uses held by orders (limited promotions only)") int uses, boolean active) {
        static ManagedPromotionResponse from(StoredPromotion stored) {
            var promotion = stored.promotion();
            return new ManagedPromotionResponse(PromotionRuleResponse.from(promotion), promotion.code(), promotion.exclusive(),
                    promotion.priority(), stored.limits().maxUses(), stored.limits().maxUsesPerCustomer(), stored.uses(),
                    stored.active());
        }
    }

    record Amount(@NotBlank @Pattern(regexp = "^[0-9]{1,12}(\\.[0-9]{1,3})?$") @Schema(example = "5.00", maxLength = 16) String amount,
                  @NotBlank @Pattern(regexp = "[A-Z]{3}") @Schema(example = "EUR", minLength = 3, maxLength = 3) String currency) {
        Money toMoney() {
            var currency = Money.currencyOf(this.currency);
            var value = new BigDecimal(amount);
            if (value.scale() > currency.getDefaultFractionDigits()) {
                throw new InvalidValueException(amount + " has more decimals than " + this.currency + " has");
            }
            return Money.of(value, currency, RoundingMode.UNNECESSARY);
        }
    }

    /** The body of {@code POST /api/v1/admin/promotions}. */
    record NewPromotion(@NotBlank @Pattern(regexp = ID) @Schema(example = "winter-20", maxLength = 64) String id,
                        @Pattern(regexp = "^[A-Za-z0-9-]{3,64}$") @Schema(description = "The code customers enter (stored upper case); "
                                + "none for an automatic promotion", example = "WINTER20", maxLength = 64) String code,
                        @NotNull @Schema(description = "What it gives") Promotion.Kind benefit,
                        @Schema(type = "string", pattern = "^(0?\\.[0-9]{1,4}|1(\\.0{1,4})?)$", maxLength = 6, example = "0.2",
                                description = "PERCENT_OFF: the fraction off, above 0 and at most 1") BigDecimal percentOff,
                        @Valid @Schema(description = "AMOUNT_OFF: the amount off the targeted goods together") Amount amountOff,
                        @Min(1) @Max(100) @Schema(description = "BUY_GET_FREE: units bought") Integer buy,
                        @Min(1) @Max(100) @Schema(description = "BUY_GET_FREE: units free of every buy + free") Integer free,
                        @Size(max = 100) List<@NotBlank @Size(max = 64) String> skus,
                        @Size(max = 20) List<@NotBlank @Size(max = 64) String> categories,
                        @Size(max = 20) List<@NotBlank @Size(max = 64) String> segments,
                        @Valid @Schema(description = "The targeted goods' total from which it applies") Amount minimumGoods,
                        @Schema(description = "From when (now when absent; not in the past)", maxLength = 40) Instant validFrom,
                        @Schema(description = "Until when, exclusive (no end when absent)", maxLength = 40) Instant validUntil,
                        @Schema(description = "Applies only alone (default false)") Boolean exclusive,
                        @Min(-1000) @Max(1000) @Schema(description = "Higher applies first (default 0)") Integer priority,
                        @Min(1) @Max(100_000_000) @Schema(description = "Uses in all; no limit when absent") Integer maxUses,
                        @Min(1) @Max(1_000) @Schema(description = "Uses by one customer; no limit when absent") Integer maxUsesPerCustomer) {

        Promotion toPromotion() {
            Promotion.Benefit given = switch (benefit) {
                case PERCENT_OFF -> new Promotion.PercentOff(required(percentOff, "percentOff"));
                case AMOUNT_OFF -> new Promotion.AmountOff(required(amountOff, "amountOff").toMoney());
                case BUY_GET_FREE -> new Promotion.BuyGetFree(required(buy, "buy"), required(free, "free"));
                case FREE_SHIPPING -> new Promotion.FreeShipping();
            };
            return new Promotion(id, code, given, set(skus).stream().map(Sku::new).collect(Collectors.toSet()), set(categories),
                    set(segments), minimumGoods == null ? null : minimumGoods.toMoney(), validFrom, validUntil,
                    Boolean.TRUE.equals(exclusive), priority == null ? 0 : priority);
        }

        private <T> T required(T value, String name) {
            if (value == null) {
                throw new InvalidValueException(benefit + " needs " + name);
            }
            return value;
        }

        private static Set<String> set(List<String> values) {
            return values == null ? Set.of() : Set.copyOf(values);
        }
    }

    @GetMapping
    @Operation(summary = "Every promotion, inactive ones included, by id",
            description = "With its usage limits and the uses orders hold (given back when they are cancelled).")
    @ApiResponse(responseCode = "200", description = "The promotions")
    List<ManagedPromotionResponse> list() {
        return listPromotions.list().stream().map(ManagedPromotionResponse::from).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a promotion",
            description = "Quotes and orders get it from validFrom on (now when absent), within its window, for its targets and "
                    + "segments, by priority; stackable unless exclusive. A code's uses are claimed by orders within its limits.")
    @ApiResponse(responseCode = "201", description = "The promotion; Location names it")
    @ApiResponse(responseCode = "400", description = "Malformed body or a field of the wrong shape",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Its id or code is taken (promotion-conflict)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A benefit without its amount, amounts in two currencies, a window upside down "
            + "or starting in the past", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ManagedPromotionResponse> add(@Valid @RequestBody NewPromotion body, UriComponentsBuilder uri,
                                                 RequestKey key) {
        var limits = new UsageLimits(body.maxUses(), body.maxUsesPerCustomer());
        var stored = addPromotion.add(body.toPromotion(), limits, key);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(uri.path("/api/v1/admin/promotions/{id}").buildAndExpand(stored.promotion().id()).toUri())
                .body(ManagedPromotionResponse.from(stored));
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Stop a promotion",
            description = "No quote or order gets it from now on; orders that got it keep their discount. Deactivating twice changes nothing.")
    @ApiResponse(responseCode = "200", description = "The promotion, inactive")
    @ApiResponse(responseCode = "404", description = "No such promotion",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ManagedPromotionResponse deactivate(@PathVariable @Pattern(regexp = ID)
                                 @Parameter(schema = @Schema(type = "string", pattern = ID, maxLength = 64)) String id) {
        return ManagedPromotionResponse.from(deactivatePromotion.deactivate(id));
    }
}
