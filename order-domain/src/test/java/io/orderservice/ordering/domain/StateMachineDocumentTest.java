package io.orderservice.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.ordering.domain.status.OrderTransitions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/state-machine.md shows the transition table of the code: its generated part is rendered from
 * {@link OrderTransitions} and this test fails when the two differ. Run the build with
 * {@code -Dorder-service.docs.update=true} to rewrite that part.
 */
class StateMachineDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "state-machine.md");
    private static final String BEGIN = "<!-- generated from OrderTransitions by StateMachineDocumentTest: do not edit -->";
    private static final String END = "<!-- end of generated part -->";

    static String render() {
        var diagram = new StringBuilder("```mermaid\nstateDiagram-v2\n");
        OrderTransitions.INITIAL.stream().sorted()
                .forEach(status -> diagram.append("    [*] --> ").append(status).append(" : PLACE\n"));
        OrderTransitions.TABLE.forEach(row -> diagram.append("    ").append(row.from()).append(" --> ").append(row.to())
                .append(" : ").append(row.action()).append('\n'));
        for (var status : OrderStatus.values()) {
            if (status.isFinal()) {
                diagram.append("    ").append(status).append(" --> [*]\n");
            }
        }
        diagram.append("```\n\n");
        var table = new StringBuilder("| from | action | to |\n|---|---|---|\n");
        OrderTransitions.INITIAL.stream().sorted()
                .forEach(status -> table.append("| (new order) | PLACE | ").append(status).append(" |\n"));
        OrderTransitions.TABLE.forEach(row -> table.append("| ").append(row.from()).append(" | ").append(row.action())
                .append(" | ").append(row.to()).append(" |\n"));
        var finals = java.util.Arrays.stream(OrderStatus.values()).filter(OrderStatus::isFinal).map(Enum::name)
                .collect(Collectors.joining(", "));
        return BEGIN + "\n" + diagram + table + "\nFinal statuses: " + finals + ".\n" + END;
    }

    @Test
    void theDocumentShowsTheTableOfTheCode() throws IOException {
        var document = Files.readString(DOCUMENT);
        var begin = document.indexOf(BEGIN);
        var end = document.indexOf(END);
        assertThat(begin).as("docs/state-machine.md has the generated part's markers").isNotNegative();
        assertThat(end).isGreaterThan(begin);
        var current = document.substring(begin, end + END.length());
        if (Boolean.getBoolean("order-service.docs.update")) {
            Files.writeString(DOCUMENT, document.replace(current, render()));
            return;
        }
        assertThat(current).as("generated part of docs/state-machine.md").isEqualTo(render());
    }
}
