package io.orderservice.ordering.web;

import io.orderservice.ordering.application.port.in.AddOrderNoteUseCase;
import io.orderservice.ordering.application.port.in.ListOrderNotesQuery;
import io.orderservice.ordering.domain.OrderNote;
import io.orderservice.shared.Caller;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.RequestKey;
import io.orderservice.shared.web.MultilineText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notes on an order. Until the API has authentication, "internal" is a label, not a protection: a
 * storefront asks for {@code visibility=CUSTOMER} only, and /notes should be exposed like the admin API.
 */
@RestController
@RequestMapping(path = "/api/v1/orders/{orderId}/notes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Order notes", description = "Customer-visible and internal notes on an order")
class OrderNoteController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final AddOrderNoteUseCase addNote;
    private final ListOrderNotesQuery listNotes;

    OrderNoteController(AddOrderNoteUseCase addNote, ListOrderNotesQuery listNotes) {
        this.addNote = addNote;
        this.listNotes = listNotes;
    }

    record NoteRequest(@NotBlank @Size(max = OrderNote.MAX_LENGTH) @Schema(example = "Parcel left with the neighbour at no. 14")
                       @MultilineText String text,
                       @Schema(description = "CUSTOMER (default) or INTERNAL (the shop's staff only)")
                       OrderNote.Visibility visibility) {
    }

    record NoteResponse(OrderNote.Visibility visibility, String authorKind, String authorId, String text, Instant writtenAt) {
        static NoteResponse from(OrderNote note) {
            return new NoteResponse(note.visibility(), note.author().kind().name(), note.author().id(), note.text(),
                    note.writtenAt());
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note to an order",
            description = "CUSTOMER notes are for the customer to see, INTERNAL ones for the shop's staff; notes are kept as written, "
                    + "never changed. The author is the caller: the customer (a customer or a storefront acting for one), or the "
                    + "operator named by a staff token's subject.")
    @ApiResponse(responseCode = "201", description = "The note as kept")
    @ApiResponse(responseCode = "400", description = "No text, or too long",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    NoteResponse add(@PathVariable UUID orderId, @Valid @RequestBody NoteRequest request, Caller caller, RequestKey key) {
        return NoteResponse.from(addNote.add(new AddOrderNoteUseCase.AddOrderNoteCommand(new OrderId(orderId),
                request.visibility() == null ? OrderNote.Visibility.CUSTOMER : request.visibility(), request.text(),
                caller, key)));
    }

    @GetMapping
    @Operation(summary = "An order's notes, oldest first",
            description = "Customers and storefronts get only the notes visible to customers, whatever they ask for.")
    @ApiResponse(responseCode = "200", description = "The notes of the asked visibilities")
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    List<NoteResponse> list(@PathVariable UUID orderId,
                            @RequestParam(required = false) @Size(max = 2) @Parameter(description = "only these; all when absent")
                            List<OrderNote.Visibility> visibility, Caller caller) {
        Set<OrderNote.Visibility> visibilities = visibility == null || visibility.isEmpty()
                ? EnumSet.allOf(OrderNote.Visibility.class) : EnumSet.copyOf(visibility);
        return listNotes.notes(new OrderId(orderId), visibilities, caller).stream().map(NoteResponse::from).toList();
    }
}
