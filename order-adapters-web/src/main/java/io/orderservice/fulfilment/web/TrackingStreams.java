package io.orderservice.fulfilment.web;

import io.orderservice.fulfilment.application.port.in.TrackingFeedQuery.Cursor;
import io.orderservice.fulfilment.application.port.in.TrackingFeedQuery.TimelineEntry;
import io.orderservice.fulfilment.application.port.in.TrackingFeedQuery;
import io.orderservice.shared.OrderId;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open tracking streams of this instance and what they have been sent. Every {@code poll-every} the timelines of
 * the watched orders are read past the lowest position any of their streams has (one query for all of them), and
 * each stream is sent what it has not seen, in sequence. Reading the database rather than listening in-process makes
 * a milestone recorded by any instance reach streams on every instance; the per-order sequence (the SSE event id)
 * lets a client that reconnects with {@code Last-Event-ID} continue where it was.
 */
@Component
class TrackingStreams {

    private static final Logger log = LoggerFactory.getLogger(TrackingStreams.class);

    /** A stream and the last sequence it was sent; guarded by itself (the poller and the opener both send). */
    private static final class Stream {
        final OrderId orderId;
        final SseEmitter emitter;
        int sent;
        Instant lastWrite;

        Stream(OrderId orderId, SseEmitter emitter, int sent, Instant now) {
            this.orderId = orderId;
            this.emitter = emitter;
            this.sent = sent;
            this.lastWrite = now;
        }
    }

    private final TrackingFeedQuery feed;
    private final Duration timeout;
    private final Duration keepAlive;
    private final Clock clock;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();

    TrackingStreams(TrackingFeedQuery feed, Clock clock,
                    @Value("${order-service.tracking.stream-timeout:PT30M}") Duration timeout,
                    @Value("${order-service.tracking.keep-alive-every:PT15S}") Duration keepAlive) {
        this.feed = feed;
        this.clock = clock;
        this.timeout = timeout;
        this.keepAlive = keepAlive;
    }

    /** A new stream of the order's milestones after {@code lastSeen}, starting with what was recorded since then. */
    SseEmitter open(OrderId orderId, int lastSeen) {
        var stream = new Stream(orderId, new SseEmitter(timeout.toMillis()), lastSeen, clock.instant());
        stream.emitter.onCompletion(() -> streams.remove(stream));
        stream.emitter.onTimeout(() -> streams.remove(stream));
        stream.emitter.onError(error -> streams.remove(stream));
        streams.add(stream);
        deliver(stream, feed.entriesAfter(List.of(new Cursor(orderId, lastSeen))));
        return stream.emitter;
    }

    @Scheduled(initialDelayString = "${order-service.tracking.poll-every:PT1S}", fixedDelayString = "${order-service.tracking.poll-every:PT1S}")
    void poll() {
        if (streams.isEmpty()) {
            return;
        }
        var lowest = new HashMap<OrderId, Integer>();
        streams.forEach(stream -> lowest.merge(stream.orderId, stream.sent, Math::min));
        var entries = feed.entriesAfter(lowest.entrySet().stream().map(each -> new Cursor(each.getKey(), each.getValue())).toList());
        Map<OrderId, List<TimelineEntry>> byOrder = new HashMap<>();
        entries.forEach(entry -> byOrder.computeIfAbsent(entry.orderId(), ignored -> new ArrayList<>()).add(entry));
        for (var stream : streams) {
            deliver(stream, byOrder.getOrDefault(stream.orderId, List.of()));
        }
    }

    int openStreams() {
        return streams.size();
    }

    private void deliver(Stream stream, List<TimelineEntry> entries) {
        synchronized (stream) {
            try {
                for (var entry : entries) {
                    if (entry.sequence() <= stream.sent) {
                        continue;
                    }
                    stream.emitter.send(SseEmitter.event().id(Integer.toString(entry.sequence())).name("milestone")
                            .data(TrackingController.MilestoneResponse.from(entry), MediaType.APPLICATION_JSON));
                    stream.sent = entry.sequence();
                    stream.lastWrite = clock.instant();
                }
                if (Duration.between(stream.lastWrite, clock.instant()).compareTo(keepAlive) >= 0) {
                    // A comment line: keeps proxies from closing a quiet stream, and finds clients that left.
                    stream.emitter.send(SseEmitter.event().comment("keep-alive"));
                    stream.lastWrite = clock.instant();
                }
            } catch (IOException | IllegalStateException gone) {
                log.debug("Tracking stream of {} closed: {}", stream.orderId, gone.toString());
                streams.remove(stream);
                stream.emitter.completeWithError(gone);
            }
        }
    }
}
