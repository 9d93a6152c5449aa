package io.orderservice.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Starts many calls at the same moment (a latch releases them together) and collects their answers in order. */
public final class AtOnce {

    private AtOnce() {
    }

    /** @param bodies the request bodies, one POST each; at most {@code threads} in flight */
    public static List<Http.Response> post(Http http, String path, List<String> bodies, int threads) throws Exception {
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(Math.min(bodies.size(), threads));
        try {
            var futures = new ArrayList<Future<Http.Response>>();
            for (var body : bodies) {
                Callable<Http.Response> call = () -> {
                    start.await();
                    return http.postJson(path, body);
                };
                futures.add(executor.submit(call));
            }
            start.countDown();
            var responses = new ArrayList<Http.Response>();
            for (var future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            executor.shutdownNow();
        }
    }
}
