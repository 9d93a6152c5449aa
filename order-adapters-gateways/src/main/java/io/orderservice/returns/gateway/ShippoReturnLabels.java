package io.orderservice.returns.gateway;

import io.orderservice.returns.application.port.out.ReturnLabels;
import io.orderservice.shared.Address;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * Return labels bought through Shippo (docs/adapters/carriers.md, "Shippo"): an instant transaction, {@code POST
 * {base-url}/transactions} with {@code Authorization: ShippoToken …}, buys a label for a shipment whose {@code extra}
 * says {@code is_return} — the addresses as for the parcel going out (the shop's returns address sends, the customer
 * receives; Shippo turns them round) and the RMA as {@code reference_1}, printed on the label.
 * <p>
 * Shippo takes no idempotency key, so the return's id goes into the transaction's {@code metadata} and the adapter
 * looks before it buys: it reads the account's transactions newest first ({@code GET /transactions}, 100 a page) back to
 * {@code look-back}, and answers the label it bought for this return before — after a timeout whose purchase went
 * through, after a crash — instead of buying a second. A purchase Shippo is still making ({@code QUEUED},
 * {@code WAITING}) is no label yet (the next ask finds it); one that failed ({@code ERROR}) is bought again.
 * An error, a timeout, a refusal, a status the adapter does not know or an answer without a usable label books no
 * label this time (the outbox asks again).
 */
class ShippoReturnLabels implements ReturnLabels {

    private static final Logger log = LoggerFactory.getLogger(ShippoReturnLabels.class);

    static final int PAGE_SIZE = 100;
    /** Ten pages, a thousand labels: a shop buying more within the look-back risks a second label, never a blocked return. */
    static final int MOST_PAGES = 10;
    private static final String METADATA = "order-service return ";

    private final ReturnLabelProperties labels;
    private final ShippoLabelProperties shippo;
    private final Clock clock;
    private final RestClient http;

    ShippoReturnLabels(ReturnLabelProperties labels, ShippoLabelProperties shippo, Clock clock) {
        if (!labels.booksLabels() || !shippo.configured()) {
            throw new IllegalArgumentException("labels bought through Shippo need order-service.returns.labels.carrier and "
                    + "order-service.returns.labels.shippo.carrier-account");
        }
        this.labels = labels;
        this.shippo = shippo;
        this.clock = clock;
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(labels.connectTimeout()).build());
        requests.setReadTimeout(labels.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).baseUrl(labels.baseUrl().toString())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "ShippoToken " + labels.apiKey()).build();
    }

    @Override
    public boolean booksLabels() {
        return true;
    }

    @Override
    public Optional<BookedLabel> book(LabelRequest request) {
        var metadata = METADATA + request.returnId();
        var transaction = boughtEarlier(metadata, request.rma()).orElseGet(() -> buy(request, metadata));
        return Optional.of(labelOf(transaction, request.rma()));
    }

    /** The newest transaction for this return that did not fail, among those bought within the look-back. */
    Optional<JsonNode> boughtEarlier(String metadata, String rma) {
        var since = clock.instant().minus(shippo.lookBack());
        for (var page = 1; page <= MOST_PAGES; page++) {
            var number = page;
            var answer = call(rma, () -> http.get().uri("/transactions?results={size}&page={page}", PAGE_SIZE, number)
                    .retrieve().body(JsonNode.class));
            if (!answer.path("results").isArray()) {
                throw notBooked(rma, "its list of labels has no results: " + answer, null);
            }
            for (var transaction : answer.path("results")) {
                if (metadata.equals(transaction.path("metadata").asString("")) && !"ERROR".equals(status(transaction))) {
                    return Optional.of(transaction);
                }
                if (createdAt(transaction, rma).isBefore(since)) {
                    return Optional.empty();
                }
            }
            if (answer.path("next").asString("").isBlank()) {
                return Optional.empty();
            }
        }
        log.warn("Looked through Shippo's newest {} labels for {} without reaching {} back; buying one",
                MOST_PAGES * PAGE_SIZE, rma, shippo.lookBack());
        return Optional.empty();
    }

    private JsonNode buy(LabelRequest request, String metadata) {
        var parcel = shippo.parcel();
        var shipment = new LinkedHashMap<String, Object>();
        // As the parcel would go out: Shippo turns the addresses round for a return label.
        shipment.put("address_from", address(labels.returnTo()));
        shipment.put("address_to", address(request.from()));
        shipment.put("parcels", List.of(Map.of("length", parcel.length().toPlainString(),
                "width", parcel.width().toPlainString(), "height", parcel.height().toPlainString(),
                "distance_unit", parcel.distanceUnit(), "weight", parcel.weight().toPlainString(),
                "mass_unit", parcel.massUnit())));
        shipment.put("extra", Map.of("is_return", true, "reference_1", request.rma()));
        var transaction = new LinkedHashMap<String, Object>();
        transaction.put("shipment", shipment);
        transaction.put("carrier_account", shippo.carrierAccount());
        transaction.put("servicelevel_token", shippo.servicelevelToken());
        transaction.put("label_file_type", shippo.labelFileType());
        transaction.put("metadata", metadata);
        transaction.put("async", false);
        return call(request.rma(), () -> http.post().uri("/transactions").contentType(MediaType.APPLICATION_JSON)
                .body(transaction).retrieve().body(JsonNode.class));
    }

    private BookedLabel labelOf(JsonNode transaction, String rma) {
        return switch (status(transaction)) {
            case "SUCCESS" -> CarrierLabelAnswer.read(labels.carrier(), transaction.path("tracking_number").asString(""),
                            transaction.path("label_url").asString(""))
                    .orElseThrow(() -> notBooked(rma, "answered no usable label: " + transaction, null));
            case "QUEUED", "WAITING" -> throw notBooked(rma, "is still buying the label (the next ask finds it)", null);
            case "ERROR" -> throw notBooked(rma, "refused the label: " + messages(transaction), null);
            default -> throw notBooked(rma, "answered a status this adapter does not know: " + transaction.path("status"), null);
        };
    }

    private JsonNode call(String rma, Supplier<JsonNode> exchange) {
        JsonNode answer;
        try {
            answer = exchange.get();
        } catch (RestClientException failed) {
            throw notBooked(rma, "could not be asked: " + failed.getMessage(), failed);
        }
        if (answer == null) {
            throw notBooked(rma, "answered nothing", null);
        }
        return answer;
    }

    private LabelNotBookedException notBooked(String rma, String why, Throwable cause) {
        return new LabelNotBookedException("Shippo (" + labels.carrier() + ") booked no return label for " + rma + ": " + why,
                cause);
    }

    private static String status(JsonNode transaction) {
        return transaction.path("status").asString("");
    }

    private static String messages(JsonNode transaction) {
        var texts = new ArrayList<String>();
        transaction.path("messages").forEach(message -> texts.add(message.path("text").asString(message.toString())));
        return texts.isEmpty() ? "no reason given" : String.join("; ", texts);
    }

    /** Shippo writes ISO 8601 times in UTC, with or without the zone. */
    private Instant createdAt(JsonNode transaction, String rma) {
        var text = transaction.path("object_created").asString("");
        try {
            return text.endsWith("Z") ? Instant.parse(text) : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException unreadable) {
            throw notBooked(rma, "a label in its list has no time it was made: " + transaction, unreadable);
        }
    }

    private static Map<String, String> address(Address address) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", address.recipient());
        fields.put("street1", address.line1());
        if (address.line2() != null) {
            fields.put("street2", address.line2());
        }
        fields.put("city", address.city());
        if (address.region() != null) {
            fields.put("state", address.region());
        }
        fields.put("zip", address.postalCode());
        fields.put("country", address.countryCode());
        return fields;
    }
}
