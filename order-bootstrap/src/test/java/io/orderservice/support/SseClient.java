package io.orderservice.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A Server-Sent Events client on the JDK's HttpClient: events are read on its thread into a queue, with when they came. */
public final class SseClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Event(String id, String name, JsonNode data, long receivedAtNanos) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<?> reading;

    private SseClient(URI stream, String authorization, String lastEventId) {
        var request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        reading = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    assertThat(response.statusCode()).isEqualTo(200);
                    var fields = new ArrayList<String>();
                    response.body().forEach(line -> {
                        if (!line.isEmpty()) {
                            fields.add(line);
                            return;
                        }
                        String id = null;
                        String name = null;
                        var data = new StringBuilder();
                        for (var field : fields) {
                            if (field.startsWith("id:")) {
                                id = field.substring(3).trim();
                            } else if (field.startsWith("event:")) {
                                name = field.substring(6).trim();
                            } else if (field.startsWith("data:")) {
                                data.append(field.substring(5));
                            }
                        }
                        fields.clear();
                        if (data.length() > 0) {
                            events.add(new Event(id, name, JSON.readTree(data.toString()), System.nanoTime()));
                        }
                    });
                });
    }

    /** The stream at {@code path}, with the token of {@code clientId}, resuming after {@code lastEventId} (null: from the start). */
    public static SseClient open(int port, String path, String clientId, String lastEventId) {
        return new SseClient(URI.create("http://localhost:" + port + path), Tokens.bearer("http://localhost:" + port, clientId),
                lastEventId);
    }

    /** As a browser's EventSource opens it: the URL only, no Authorization header. */
    public static SseClient openWithoutToken(int port, String streamUrl) {
        return new SseClient(URI.create("http://localhost:" + port + streamUrl), null, null);
    }

    public Event nextEvent() throws InterruptedException {
        var event = events.poll(10, TimeUnit.SECONDS);
        assertThat(event).as("an event within 10 s").isNotNull();
        return event;
    }

    public boolean noEventWithin(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS) == null;
    }

    /** Whether the server ended the stream within {@code wait}. */
    public boolean endedWithin(Duration wait) {
        try {
            reading.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception notYet) {
            return false;
        }
    }

    @Override
    public void close() {
        reading.cancel(true);
    }
}
