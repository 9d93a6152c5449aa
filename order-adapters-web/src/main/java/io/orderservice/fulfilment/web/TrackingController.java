package io.orderservice.fulfilment.web;

import io.orderservice.fulfilment.application.port.in.GetTrackingQuery;
import io.orderservice.fulfilment.application.port.in.TrackingFeedQuery.TimelineEntry;
import io.orderservice.fulfilment.domain.tracking.TrackingMilestone;
import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.ordering.web.shipment.ShipmentResponse;
import io.orderservice.shared.Caller;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.web.StreamTicketResponse;
import io.orderservice.shared.web.StreamTickets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Where an order's shipments are, as carriers report it: the timeline, and a live stream of it. */
@RestController
@RequestMapping(path = "/api/v1/orders/{orderId}/tracking")
@Tag(name = "Shipping")
class TrackingController {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final GetTrackingQuery tracking;
    private final TrackingStreams streams;
    private final StreamTickets tickets;

    TrackingController(GetTrackingQuery tracking, TrackingStreams streams, StreamTickets tickets) {
        this.tracking = tracking;
        this.streams = streams;
        this.tickets = tickets;
    }

    @Schema(description = "One carrier report about a shipment")
    record MilestoneResponse(@Schema(description = "Position in the order's timeline (the SSE event id)") int sequence,
                             UUID shipmentId, @Schema(example = "dhl") String carrier,
                             @Schema(example = "JD014600006281") String trackingNumber, TrackingMilestone milestone,
                             Instant occurredAt, @Schema(description = "Where, as the carrier says it", example = "Leipzig hub")
                             String place, @Schema(description = "The carrier's words") String description) {
        static MilestoneResponse from(TimelineEntry entry) {
            var update = entry.update();
            return new MilestoneResponse(entry.sequence(), entry.shipmentId(), entry.carrier(), update.trackingNumber(),
                    update.milestone(), update.occurredAt(), update.place(), update.description());
        }
    }

    record ShipmentTrackingResponse(ShipmentResponse shipment,
                                    @Schema(description = "The carrier's reports, as they happened") List<MilestoneResponse> milestones) {
    }

    record OrderTrackingResponse(UUID orderId, OrderStatus status, List<ShipmentTrackingResponse> shipments) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Where an order's shipments are",
            description = "Each shipment with the carrier's reports (label created, picked up, in transit, out for delivery, "
                    + "delivered, exception) in the order they happened. The order is DELIVERED when every shipment is.")
    @ApiResponse(responseCode = "200", description = "The shipments and their timelines")
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    OrderTrackingResponse get(@PathVariable UUID orderId) {
        var found = tracking.trackingOf(new OrderId(orderId));
        return new OrderTrackingResponse(orderId, found.status(), found.shipments().stream().map(each -> new ShipmentTrackingResponse(
                ShipmentResponse.from(each.shipment()), each.timeline().stream().map(MilestoneResponse::from).toList())).toList());
    }

    @PostMapping(path = "/stream-tickets", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Get a ticket that opens the order's tracking stream from a browser",
            description = "A browser's EventSource cannot send an Authorization header: ask for a ticket with the token, then "
                    + "open GET /tracking/stream?ticket=… . The ticket opens this order's stream only, for the caller it was "
                    + "issued to, and expires after order-service.security.stream-tickets.lifetime (2 minutes by default); "
                    + "ask for a new one to reconnect after it has expired.")
    @ApiResponse(responseCode = "201", description = "The ticket")
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    StreamTicketResponse ticket(@PathVariable UUID orderId, Caller caller) {
        var stream = "/api/v1/orders/" + orderId + "/tracking/stream";
        var ticket = tickets.issue(caller, stream);
        return StreamTicketResponse.of(ticket, stream);
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Follow an order's shipments live (Server-Sent Events)",
            description = "A text/event-stream of `milestone` events (data: a MilestoneResponse as JSON, id: its sequence), first "
                    + "those recorded so far, then each as carriers report it, from any instance of the service. Reconnecting "
                    + "with Last-Event-ID continues after that event. Comment lines keep a quiet stream open; the server "
                    + "closes it after order-service.tracking.stream-timeout (the client reconnects). Authenticated by the "
                    + "bearer token, or, from a browser's EventSource, by a ticket from POST /tracking/stream-tickets in "
                    + "the query (an invalid or expired ticket is 401).")
    @ApiResponse(responseCode = "200", description = "The stream",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string", maxLength = 1_000_000)))
    @ApiResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @Parameter(in = ParameterIn.HEADER, name = "Last-Event-ID", description = "The sequence of the last event the client saw",
            schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "2147483647"))
    SseEmitter stream(@PathVariable UUID orderId,
                      @Parameter(hidden = true) @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                      @RequestParam(required = false) @Size(max = 2000) @Pattern(regexp = "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")
                      @Parameter(description = "A stream ticket (POST /tracking/stream-tickets), for clients that cannot "
                              + "send an Authorization header; checked before this operation runs") String ticket) {
        var id = new OrderId(orderId);
        tracking.trackingOf(id); // 404 before anything is streamed
        return streams.open(id, lastSeen(lastEventId));
    }

    private static int lastSeen(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(lastEventId.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("Last-Event-ID is a sequence number, not " + lastEventId);
        }
    }
}
