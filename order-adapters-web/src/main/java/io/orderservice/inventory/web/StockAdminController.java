package io.orderservice.inventory.web;

import static io.orderservice.shared.web.ProblemTypes.problem;

import io.orderservice.inventory.application.port.in.CountStockUseCase;
import io.orderservice.inventory.application.port.in.CountStockUseCase.StockCount;
import io.orderservice.inventory.application.port.in.CountStockUseCase.StockCountRefusedException;
import io.orderservice.inventory.application.port.in.ReceiveStockUseCase;
import io.orderservice.inventory.application.port.in.ReceiveStockUseCase.StockReceipt;
import io.orderservice.inventory.application.port.in.StockLevel;
import io.orderservice.inventory.application.port.in.StockLevelsQuery;
import io.orderservice.shared.Caller;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators' and warehouse systems' stock counts and receipts. Roles in ApiAccessRules. */
@RestController
@Validated
@RequestMapping(path = "/api/v1/admin/stock", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Inventory administration", description = "Stock per location: counts, receipts and stock policies (docs/fulfilment.md)")
class StockAdminController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final CountStockUseCase countStock;
    private final ReceiveStockUseCase receiveStock;
    private final StockLevelsQuery levels;

    StockAdminController(CountStockUseCase countStock, ReceiveStockUseCase receiveStock, StockLevelsQuery levels) {
        this.countStock = countStock;
        this.receiveStock = receiveStock;
        this.levels = levels;
    }

    record StockLevelResponse(@Schema(example = "MAIN") String location, @Schema(example = "MUG-CLASSIC") String sku, int onHand,
                              @Schema(description = "Units held for orders") int reserved,
                              @Schema(description = "onHand - reserved: what can still be sold") int available) {
        static StockLevelResponse from(StockLevel level) {
            return new StockLevelResponse(level.location(), level.sku().value(), level.onHand(), level.reserved(), level.available());
        }
    }

    /** The body of {@code PUT /api/v1/admin/stock}. */
    record StockCounts(@NotEmpty @Size(max = 1000) List<@NotNull @Valid Count> counts) {
    }

    record Count(@NotBlank @Pattern(regexp = "^[A-Za-z0-9-]{1,32}$") @Schema(example = "MAIN", maxLength = 32) String location,
                 @NotBlank @Size(max = 64) @Schema(example = "MUG-CLASSIC") String sku,
                 @Min(0) @Max(100_000_000) @Schema(description = "Units on hand now", example = "120") int onHand) {
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record stock counts",
            description = "Sets the units on hand of SKUs at locations — a stocktake, goods booked in, an import from a warehouse "
                    + "system — all or nothing. A count below the units held for orders there is refused. Counting again is harmless.")
    @ApiResponse(responseCode = "200", description = "The counted SKUs' stock at every location")
    @ApiResponse(responseCode = "400", description = "Malformed body or a field of the wrong shape",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "A count below what orders hold there (stock-count-refused, naming each); nothing recorded",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A location that does not exist or is not active; nothing recorded",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    List<StockLevelResponse> count(@Valid @RequestBody StockCounts body, Caller caller) {
        return countStock.count(body.counts().stream().map(count -> new StockCount(count.location(), new Sku(count.sku()),
                count.onHand())).toList(), caller).stream().map(StockLevelResponse::from).toList();
    }

    /** The body of {@code POST /api/v1/admin/stock/receipts}. */
    record StockReceipts(@NotEmpty @Size(max = 1000) List<@NotNull @Valid Receipt> receipts) {
    }

    record Receipt(@NotBlank @Pattern(regexp = "^[A-Za-z0-9-]{1,32}$") @Schema(example = "MAIN", maxLength = 32) String location,
                   @NotBlank @Size(max = 64) @Schema(example = "POSTER-A2") String sku,
                   @Min(1) @Max(100_000_000) @Schema(description = "Units received", example = "24") int units) {
    }

    @PostMapping(path = "/receipts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Book restocks in",
            description = "Adds received units to what is on hand at locations, all or nothing. Waiting backorders of the SKU "
                    + "are served first, oldest first, from what arrived at that location; what they leave is for sale. Not "
                    + "idempotent by itself: send an Idempotency-Key to retry safely (a retry after a crash lost the answer "
                    + "books nothing twice and answers with the stock as it is).")
    @ApiResponse(responseCode = "200", description = "The received SKUs' stock at every location afterwards")
    @ApiResponse(responseCode = "400", description = "Malformed body or a field of the wrong shape",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A location that does not exist or is not active; nothing recorded",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    List<StockLevelResponse> receive(@Valid @RequestBody StockReceipts body, Caller caller, RequestKey key) {
        return receiveStock.receive(body.receipts().stream().map(receipt -> new StockReceipt(receipt.location(),
                new Sku(receipt.sku()), receipt.units())).toList(), caller, key).stream().map(StockLevelResponse::from).toList();
    }

    @GetMapping("/{sku}")
    @Operation(summary = "A SKU's stock at every location", description = "On hand, held for orders, and available, by location.")
    @ApiResponse(responseCode = "200", description = "The levels (empty when no location stocks it)")
    List<StockLevelResponse> levels(@PathVariable @Size(min = 1, max = 64)
                                    @Parameter(schema = @Schema(type = "string", minLength = 1, maxLength = 64)) String sku) {
        return levels.levelsOf(new Sku(sku)).stream().map(StockLevelResponse::from).toList();
    }

    @ExceptionHandler(StockCountRefusedException.class)
    ProblemDetail refused(StockCountRefusedException ex) {
        var problem = problem(HttpStatus.CONFLICT, "stock-count-refused", "Stock count refused", ex.getMessage());
        problem.setProperty("problems", ex.problems());
        return problem;
    }
}
