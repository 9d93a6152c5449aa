package io.orderservice.shared.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A stream ticket as the API answers it: the ticket, when it expires, and the stream's URL with it (docs/security.md). */
public record StreamTicketResponse(@Schema(description = "Put it in the stream's URL as ?ticket=; it opens the stream it was "
        + "issued for, for the caller it was issued to, until expiresAt", maxLength = 2000) String ticket,
                                   Instant expiresAt,
                                   @Schema(description = "The stream's URL with the ticket", format = "uri-reference", maxLength = 2200)
                                   String streamUrl) {

    public static StreamTicketResponse of(StreamTickets.Ticket ticket, String streamPath) {
        return new StreamTicketResponse(ticket.value(), ticket.expiresAt(), streamPath + "?ticket=" + ticket.value());
    }
}
