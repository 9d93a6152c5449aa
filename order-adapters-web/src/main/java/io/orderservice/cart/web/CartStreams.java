package io.orderservice.cart.web;

import io.orderservice.cart.application.port.in.CartNotFoundException;
import io.orderservice.cart.application.port.in.CartVersionsQuery;
import io.orderservice.cart.application.port.in.GetCartQuery;
import io.orderservice.cart.application.port.in.RefreshCartUseCase;
import io.orderservice.cart.domain.Cart;
import io.orderservice.cart.domain.CartId;
import io.orderservice.shared.Caller;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
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
 * The open cart streams of this instance (docs/carts.md, "Live sync"). Every {@code order-service.carts.poll-every}
 * the versions of the watched carts are read in one query; each stream behind its cart's version is sent the cart as
 * it is now, with its version as the event id. Reading the database rather than listening in-process makes a change
 * made on any instance reach the streams on every instance. Every {@code refresh-watched-every} the watched open carts
 * are priced again, so that a price, promotion or stock change reaches the sessions that look at them.
 */
@Component
class CartStreams {

    private static final Logger log = LoggerFactory.getLogger(CartStreams.class);

    /** A stream, who opened it and the version it was last sent; guarded by itself (the poller and the opener send). */
    private static final class Stream {
        final CartId cartId;
        final Caller caller;
        final SseEmitter emitter;
        long sent;
        Instant lastWrite;

        Stream(CartId cartId, Caller caller, SseEmitter emitter, long sent, Instant now) {
            this.cartId = cartId;
            this.caller = caller;
            this.emitter = emitter;
            this.sent = sent;
            this.lastWrite = now;
        }
    }

    private final GetCartQuery carts;
    private final CartVersionsQuery versions;
    private final RefreshCartUseCase refresh;
    private final Clock clock;
    private final Duration timeout;
    private final Duration keepAlive;
    private final Duration refreshEvery;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private Instant lastRefresh;

    CartStreams(GetCartQuery carts, CartVersionsQuery versions, RefreshCartUseCase refresh, Clock clock,
                @Value("${order-service.carts.stream-timeout:PT30M}") Duration timeout,
                @Value("${order-service.carts.keep-alive-every:PT15S}") Duration keepAlive,
                @Value("${order-service.carts.refresh-watched-every:PT30S}") Duration refreshEvery) {
        this.carts = carts;
        this.versions = versions;
        this.refresh = refresh;
        this.clock = clock;
        this.timeout = timeout;
        this.keepAlive = keepAlive;
        this.refreshEvery = refreshEvery;
        this.lastRefresh = clock.instant();
    }

    /** A new stream of the cart, starting with the cart as it is now if the client has not seen that version. */
    SseEmitter open(Cart cart, Caller caller, long lastSeen) {
        var stream = new Stream(cart.id(), caller, new SseEmitter(timeout.toMillis()), lastSeen, clock.instant());
        stream.emitter.onCompletion(() -> streams.remove(stream));
        stream.emitter.onTimeout(() -> streams.remove(stream));
        stream.emitter.onError(error -> streams.remove(stream));
        streams.add(stream);
        deliver(stream, cart);
        return stream.emitter;
    }

    @Scheduled(initialDelayString = "${order-service.carts.poll-every:PT1S}", fixedDelayString = "${order-service.carts.poll-every:PT1S}")
    void poll() {
        if (streams.isEmpty()) {
            return;
        }
        var watched = new HashSet<CartId>();
        streams.forEach(stream -> watched.add(stream.cartId));
        if (Duration.between(lastRefresh, clock.instant()).compareTo(refreshEvery) >= 0) {
            lastRefresh = clock.instant();
            watched.forEach(refresh::refresh);
        }
        var current = versions.versionsOf(watched);
        var loaded = new HashMap<CartId, Cart>();
        for (var stream : streams) {
            var version = current.get(stream.cartId);
            if (version == null) {
                close(stream, "the cart is gone");
            } else if (version > stream.sent) {
                var cart = loaded.computeIfAbsent(stream.cartId, id -> cartFor(stream));
                if (cart != null) {
                    deliver(stream, cart);
                }
            } else {
                deliver(stream, null);
            }
        }
    }

    private Cart cartFor(Stream stream) {
        try {
            return carts.get(stream.cartId, stream.caller);
        } catch (CartNotFoundException outOfReach) {
            close(stream, "the cart is out of reach");
            return null;
        }
    }

    /** Sends the cart if the stream has not seen its version (null: nothing new), and a keep-alive when quiet. */
    private void deliver(Stream stream, Cart cart) {
        synchronized (stream) {
            try {
                if (cart != null && cart.version() != null && cart.version() > stream.sent) {
                    stream.emitter.send(SseEmitter.event().id(Long.toString(cart.version())).name("cart")
                            .data(CartResponse.from(cart), MediaType.APPLICATION_JSON));
                    stream.sent = cart.version();
                    stream.lastWrite = clock.instant();
                    if (cart.status().isFinal()) {
                        // checked out or merged: nothing more will happen to it
                        streams.remove(stream);
                        stream.emitter.complete();
                        return;
                    }
                }
                if (Duration.between(stream.lastWrite, clock.instant()).compareTo(keepAlive) >= 0) {
                    // A comment line: keeps proxies from closing a quiet stream, and finds clients that left.
                    stream.emitter.send(SseEmitter.event().comment("keep-alive"));
                    stream.lastWrite = clock.instant();
                }
            } catch (IOException | IllegalStateException gone) {
                log.debug("Cart stream of {} closed: {}", stream.cartId, gone.toString());
                streams.remove(stream);
                stream.emitter.completeWithError(gone);
            }
        }
    }

    private void close(Stream stream, String why) {
        log.debug("Cart stream of {} ends: {}", stream.cartId, why);
        streams.remove(stream);
        stream.emitter.complete();
    }
}
