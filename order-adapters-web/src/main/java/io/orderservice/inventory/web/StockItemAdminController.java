package io.orderservice.inventory.web;

import io.orderservice.inventory.application.port.in.StockItemUseCase;
import io.orderservice.inventory.application.port.in.StockItemUseCase.StockItemView;
import io.orderservice.inventory.domain.StockItem;
import io.orderservice.shared.Sku;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A SKU's stock policy: backorderable or not, and the expected restock. Admins only. */
@RestController
@Validated
@RequestMapping(path = "/api/v1/admin/stock-items/{sku}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Inventory administration")
class StockItemAdminController {

    private final StockItemUseCase items;
    private final StockItemUseCase.Query query;

    StockItemAdminController(StockItemUseCase items, StockItemUseCase.Query query) {
        this.items = items;
        this.query = query;
    }

    /** The body of {@code PUT /api/v1/admin/stock-items/{sku}}. */
    record StockItemRequest(@NotNull @Schema(description = "Orders may take more than is in stock and wait for a restock")
                            Boolean backorderable,
                            @Schema(description = "When the next restock is expected; moving it later notifies waiting orders",
                                    example = "2026-12-14", maxLength = 10)
                            LocalDate restockExpected) {
    }

    record StockItemResponse(@Schema(example = "POSTER-A2") String sku, boolean backorderable,
                             @Schema(description = "When the next restock is expected, when known") LocalDate restockExpected,
                             @Schema(description = "Units of the SKU orders wait for") int unitsWaiting,
                             @Schema(description = "Orders waiting for the SKU") int ordersWaiting) {
        static StockItemResponse from(StockItemView view) {
            return new StockItemResponse(view.item().sku().value(), view.item().backorderable(), view.item().restockExpected(),
                    view.unitsWaiting(), view.ordersWaiting());
        }
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set a SKU's stock policy",
            description = "Whether the SKU may be backordered, and when its next restock is expected. Moving the expected restock "
                    + "later tells every order waiting for it (order.backorder-delayed.v1 to its customer). A SKU that may no "
                    + "longer be backordered keeps the backorders it has. Setting the same policy again is harmless.")
    @ApiResponse(responseCode = "200", description = "The policy and what waits for the SKU")
    @ApiResponse(responseCode = "400", description = "Malformed body or a field of the wrong shape",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    StockItemResponse set(@PathVariable @Size(min = 1, max = 64)
                          @Parameter(schema = @Schema(type = "string", minLength = 1, maxLength = 64)) String sku,
                          @Valid @RequestBody StockItemRequest body) {
        return StockItemResponse.from(items.set(new StockItem(new Sku(sku), body.backorderable(), body.restockExpected())));
    }

    @GetMapping
    @Operation(summary = "A SKU's stock policy", description = "A SKU nobody set a policy for is sold from stock only.")
    @ApiResponse(responseCode = "200", description = "The policy and what waits for the SKU")
    StockItemResponse get(@PathVariable @Size(min = 1, max = 64)
                          @Parameter(schema = @Schema(type = "string", minLength = 1, maxLength = 64)) String sku) {
        return StockItemResponse.from(query.itemOf(new Sku(sku)));
    }
}
