package io.orderservice.shared.web;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the API accepts in any string or decimal number, wherever it comes from (body, parameter, header): no control
 * characters (line breaks and tabs only in {@link MultilineText}), no half of a surrogate pair (text PostgreSQL could not
 * store, and that would log as garbage), no string longer than {@link InputLimits#maxStringLength()}, no decimal with
 * more digits before or after the point than {@link InputLimits}' bounds. Deciding costs one pass over the characters
 * and none over a number's digits, so a hostile value is refused before anything expensive is done with it.
 */
public final class InputPolicy {

    private final InputLimits limits;

    public InputPolicy(InputLimits limits) {
        this.limits = limits;
    }

    /** Why {@code text} is refused, or empty when it is accepted. */
    public Optional<String> refusalOf(String text, boolean lineBreaksAreContent) {
        if (text.length() > limits.maxStringLength()) {
            return Optional.of("is longer than " + limits.maxStringLength() + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(lineBreaksAreContent && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of("contains a control character (U+%04X)".formatted((int) c));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains half of a surrogate pair, which is not Unicode text");
            }
        }
        return Optional.empty();
    }

    /** Why {@code number} is refused, or empty when it is accepted. */
    public Optional<String> refusalOf(BigDecimal number) {
        // precision() and scale() read the unscaled value's length and an int: 1e4000000 costs nothing to judge.
        long integerDigits = (long) number.precision() - number.scale();
        if (integerDigits > limits.maxIntegerDigits()) {
            return Optional.of("has more than " + limits.maxIntegerDigits() + " digits before the decimal point");
        }
        if (number.scale() > limits.maxFractionDigits()) {
            return Optional.of("has more than " + limits.maxFractionDigits() + " digits after the decimal point");
        }
        return Optional.empty();
    }

    /** True when every character is allowed in a single-line text (a header or parameter value). */
    public boolean acceptsLine(String text) {
        return refusalOf(text, false).isEmpty();
    }
}
