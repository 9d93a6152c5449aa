package io.orderservice.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A body field the {@link InputPolicy} refuses; the problem names the field and why. */
public final class RefusedInputException extends InvalidFormatException {

    public RefusedInputException(JsonParser parser, String reason, Object value, Class<?> targetType) {
        super(parser, reason, value, targetType);
    }
}
