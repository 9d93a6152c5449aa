package io.orderservice.shared.web;

import static io.orderservice.support.Http.orderJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderservice.support.Http;
import io.orderservice.support.OrderServiceIntegrationTest;
import io.orderservice.support.Tokens;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile-input suite, generated from docs/openapi.yaml: for every operation, every path and query parameter and
 * every field of its body, values of the wrong type, empty, huge, negative, beyond range, with control characters,
 * half surrogates and malformed encodings, and bodies that are not JSON at all — each sent with the token of a role the
 * operation allows, so that a refusal is about the input, not the caller. Every answer must be below 500; every 4xx a
 * problem; and after every 4xx each table's rows are as they were (a digest of all of them, before and after).
 * <p>
 * The digest of a table is its number of rows and the sum of the ids of the transactions that wrote them ({@code xmin}):
 * an insert or a delete changes the count, an update replaces a row's transaction id with its own, newer one. It reads
 * no row's contents, so the four thousand comparisons cost little however many orders the other tests left behind.
 */
@OrderServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedHostileInputIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Set<String> STAFF_ROLES = Set.of("support", "support-lead", "approver", "warehouse", "admin");
    /** Tables the service changes on its own, with no request: the outbox's bookkeeping. */
    private static final Set<String> CHANGING_ON_THEIR_OWN = Set.of("event_publication", "event_publication_archive");

    /** Hostile values for a parameter, as they go into the URL (percent-encoded or deliberately malformed). */
    private static final List<String> HOSTILE_PARAMETERS = List.of("", "x".repeat(5_000), "-1", "1e4000000",
            "99999999999999999999999", "%00", "%0d%0aX-Forged:%20yes", "%07", "%ED%A0%80", "%C3%28", "%zz", "..%2F..",
            "%22%27%3B--", "%F0%9F%92%A9");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private OpenAPI api;
    private String digestQuery;
    private Map<String, String> known;
    /** The tables' digest as the last case left them. */
    private String lastDigest;
    private int cases;
    private int refusals;
    private final List<String> failures = new ArrayList<>();

    @BeforeAll
    void readTheContractAndPlaceAnOrder() {
        var options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        api = new OpenAPIV3Parser().read(Path.of("..", "docs", "openapi.yaml").toAbsolutePath().toString(), null, options);
        var tables = jdbc.sql("""
                        SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
                        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
                        ORDER BY 1""")
                .query(String.class).list().stream()
                .filter(table -> CHANGING_ON_THEIR_OWN.stream().noneMatch(table::endsWith))
                .toList();
        digestQuery = tables.stream()
                .map(table -> "SELECT '%s' AS t, count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) AS d FROM %s"
                        .formatted(table, table))
                .collect(Collectors.joining(" UNION ALL ", "SELECT string_agg(t || '=' || d, ',' ORDER BY t) FROM (", ") x"));
        var order = Http.as(port, "test-storefront-42").postJson("/api/v1/orders",
                orderJson("customer-42", "EUR", "[{\"sku\": \"MUG-CLASSIC\", \"quantity\": 1}]", "tok_approve"));
        assertThat(order.status()).isEqualTo(201);
        var orderId = order.json().at("/id").asString();
        known = Map.of("orderId", orderId, "lineNumber", "1", "sku", "MUG-CLASSIC", "customerId", "customer-42",
                "code", "WELCOME10", "carrier", "dhl", "gateway", "card", "id", UUID.randomUUID().toString(),
                "refundId", UUID.randomUUID().toString());
        quiet();
    }

    @Test
    void noHostileInputCrashesTheServiceOrChangesAnythingWhenRefused() {
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (!path.startsWith("/api/") || path.endsWith("/stream")) {
                return; // the event stream answers 200 and stays open; its parameters are those of the tracking read
            }
            attack(method.name(), path, operation);
        }));

        System.out.printf("Hostile-input suite: %d operations, %d cases, %d refused with a problem, %d failures%n",
                api.getPaths().values().stream().mapToLong(item -> item.readOperations().size()).sum(), cases, refusals,
                failures.size());
        assertThat(failures).as("cases that crashed, answered a 4xx without a problem, or changed state when refused")
                .isEmpty();
    }

    @AfterAll
    void report() {
        assertThat(cases).as("the suite sent something").isGreaterThan(1_000);
    }

    private void attack(String method, String path, Operation operation) {
        var client = clientFor(operation);
        var parameters = operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters();
        var body = baselineBody(operation);
        for (var parameter : parameters) {
            if (!"path".equals(parameter.getIn()) && !"query".equals(parameter.getIn())) {
                continue;
            }
            for (var hostile : HOSTILE_PARAMETERS) {
                var values = baselineParameters(parameters);
                values.put(parameter, hostile);
                send(method, path, values, body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8), client,
                        parameter.getName() + "=" + abbreviate(hostile));
            }
        }
        if (body == null) {
            return;
        }
        var values = baselineParameters(parameters);
        for (var pointer : fields(bodySchema(operation), "", 0)) {
            for (var hostile : hostileValues(pointer.schema())) {
                var mutated = body.deepCopy();
                if (mutated.at(pointer.path().substring(0, pointer.path().lastIndexOf('/'))).isMissingNode()) {
                    continue;
                }
                replace(mutated, pointer.path(), hostile);
                send(method, path, values, mutated.toString().getBytes(StandardCharsets.UTF_8), client,
                        pointer.path() + "=" + abbreviate(hostile.toString()));
            }
        }
        for (var raw : hostileBodies()) {
            send(method, path, values, raw, client, "body=" + abbreviate(new String(raw, StandardCharsets.ISO_8859_1)));
        }
    }

    private void send(String method, String path, Map<Parameter, String> values, byte[] body, String client, String what) {
        var target = new StringBuilder("http://localhost:" + port);
        var query = new ArrayList<String>();
        var resolved = path;
        for (var entry : values.entrySet()) {
            if ("path".equals(entry.getKey().getIn())) {
                resolved = resolved.replace("{" + entry.getKey().getName() + "}", entry.getValue());
            } else if (entry.getValue() != null) {
                query.add(entry.getKey().getName() + "=" + entry.getValue());
            }
        }
        target.append(resolved);
        if (!query.isEmpty()) {
            target.append('?').append(String.join("&", query));
        }
        var label = method + " " + path + " " + what;
        URI uri;
        try {
            uri = URI.create(target.toString());
        } catch (IllegalArgumentException notAUri) {
            return; // the client cannot even send it; HostileInputIT sends such URLs over a raw socket
        }
        var before = lastDigest;
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", Tokens.bearer("http://localhost:" + port, client))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            failures.add(label + ": no answer (" + e + ")");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        cases++;
        int status = response.statusCode();
        var type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            failures.add(label + ": " + status + " " + abbreviate(response.body()));
        } else if (status >= 400) {
            refusals++;
            if (!type.startsWith("application/problem+json")) {
                failures.add(label + ": " + status + " as " + type);
            }
            var after = digest();
            if (!after.equals(before)) {
                failures.add(label + ": " + status + " but changed " + changedTables(before, after));
            }
            lastDigest = after;
        } else {
            quiet(); // it was accepted: let the outbox finish what it started before the next case compares
        }
    }

    private String clientFor(Operation operation) {
        var roles = operation.getSecurity() == null ? List.<String>of() : operation.getSecurity().stream()
                .flatMap(requirement -> requirement.values().stream()).flatMap(List::stream).toList();
        return roles.stream().anyMatch(STAFF_ROLES::contains) ? Tokens.STAFF : "test-storefront-42";
    }

    private Map<Parameter, String> baselineParameters(List<Parameter> parameters) {
        var values = new LinkedHashMap<Parameter, String>();
        for (var parameter : parameters) {
            if ("path".equals(parameter.getIn())) {
                values.put(parameter, known.getOrDefault(parameter.getName(), "x"));
            } else if ("query".equals(parameter.getIn()) && Boolean.TRUE.equals(parameter.getRequired())) {
                values.put(parameter, URLEncoder.encode(String.valueOf(example(parameter.getSchema())), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static Schema<?> bodySchema(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        var json = operation.getRequestBody().getContent().get("application/json");
        return json == null ? null : json.getSchema();
    }

    private static JsonNode baselineBody(Operation operation) {
        var schema = bodySchema(operation);
        return schema == null ? null : exampleNode(schema, 0);
    }

    private static JsonNode exampleNode(Schema<?> schema, int depth) {
        if (schema.getExample() != null && !"object".equals(type(schema)) && !"array".equals(type(schema))) {
            return JSON.valueToTree(schema.getExample());
        }
        return switch (type(schema)) {
            case "object" -> {
                var object = NODES.objectNode();
                if (schema.getProperties() != null && depth < 6) {
                    schema.getProperties().forEach((name, property) -> object.set(name, exampleNode(property, depth + 1)));
                }
                yield object;
            }
            case "array" -> {
                var array = NODES.arrayNode();
                if (schema.getItems() != null && depth < 6) {
                    array.add(exampleNode(schema.getItems(), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(false);
            default -> NODES.stringNode(String.valueOf(example(schema)));
        };
    }

    private static Object example(Schema<?> schema) {
        if (schema == null) {
            return "x";
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        if (schema.getDefault() != null) {
            return schema.getDefault();
        }
        return switch (type(schema)) {
            case "integer" -> 1;
            case "number" -> 1.5;
            case "boolean" -> false;
            default -> "uuid".equals(schema.getFormat()) ? UUID.randomUUID().toString()
                    : "date-time".equals(schema.getFormat()) ? "2030-01-01T00:00:00Z"
                    : "date".equals(schema.getFormat()) ? "2030-01-01" : "x";
        };
    }

    private static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null) {
            return schema.getTypes().stream().filter(type -> !"null".equals(type)).findFirst().orElse("string");
        }
        return schema.getProperties() != null ? "object" : schema.getItems() != null ? "array" : "string";
    }

    record Leaf(String path, Schema<?> schema) {
    }

    /** Every field of the body, nested ones included (an array's by its first item), with its schema, as a JSON pointer. */
    private static List<Leaf> fields(Schema<?> schema, String path, int depth) {
        var found = new ArrayList<Leaf>();
        if (depth >= 6) {
            return found;
        }
        if ("object".equals(type(schema)) && schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                found.add(new Leaf(path + "/" + name, property));
                found.addAll(fields(property, path + "/" + name, depth + 1));
            });
        } else if ("array".equals(type(schema)) && schema.getItems() != null) {
            found.add(new Leaf(path + "/0", schema.getItems()));
            found.addAll(fields(schema.getItems(), path + "/0", depth + 1));
        }
        return found;
    }

    private static List<JsonNode> hostileValues(Schema<?> schema) {
        var values = new ArrayList<JsonNode>(List.of(NODES.objectNode(), NODES.arrayNode(), NODES.nullNode(),
                NODES.stringNode(""), NODES.stringNode("x".repeat(5_000)), NODES.stringNode("a\u0000b"),
                NODES.stringNode("a\r\nInjected: yes"), NODES.stringNode("\ud800"), NODES.stringNode("\u202e\u0007"),
                NODES.numberNode(-1), NODES.numberNode(new java.math.BigDecimal("1e400")),
                NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")), NODES.numberNode(1.5),
                NODES.booleanNode(true)));
        if (schema != null && "array".equals(type(schema))) {
            var many = NODES.arrayNode();
            for (int i = 0; i < 1_000; i++) {
                many.add(1);
            }
            values.add(many);
        }
        return values;
    }

    private static List<byte[]> hostileBodies() {
        var deep = "[".repeat(5_000) + "]".repeat(5_000);
        return List.of(new byte[0], "null".getBytes(StandardCharsets.UTF_8), "[]".getBytes(StandardCharsets.UTF_8),
                "{\"a\":".getBytes(StandardCharsets.UTF_8), new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{'}, deep.getBytes(StandardCharsets.UTF_8),
                "{\"a\": 1e4000000}".getBytes(StandardCharsets.UTF_8));
    }

    private static void replace(JsonNode root, String pointer, JsonNode value) {
        var slash = pointer.lastIndexOf('/');
        var parent = root.at(pointer.substring(0, slash));
        var name = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(name, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(name), value);
        }
    }

    private String digest() {
        return jdbc.sql(digestQuery).query(String.class).single();
    }

    private static String changedTables(String before, String after) {
        var was = Set.of(before.split(","));
        return java.util.Arrays.stream(after.split(",")).filter(each -> !was.contains(each))
                .map(each -> each.substring(0, each.indexOf('='))).collect(Collectors.joining(", "));
    }

    /** Waits until the outbox has nothing left to do and the tables have stopped changing. */
    private void quiet() {
        lastDigest = null;
        // Checked at once: most accepted cases are quiet by the time their answer is read.
        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(() -> {
            var pending = jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single();
            var first = digest();
            Thread.sleep(150);
            lastDigest = digest();
            return pending == 0 && first.equals(lastDigest);
        });
    }

    private static String abbreviate(String text) {
        var printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "…(" + printable.length() + ")" : printable;
    }
}
