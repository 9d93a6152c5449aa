package io.orderservice.returns.domain;

import io.orderservice.shared.InvalidValueException;
import java.util.Objects;

/**
 * Why something is sent back: a code from the shop's list (damaged, wrong-item, changed-mind, …) and whether it is the
 * shop's fault, which refunds the shipping too.
 */
public record ReturnReason(String code, boolean shopsFault) {

    public ReturnReason {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new InvalidValueException("a return reason code is 2 to 40 lower-case letters, digits and dashes: " + code);
        }
    }
}
