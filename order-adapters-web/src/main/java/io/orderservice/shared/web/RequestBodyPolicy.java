package io.orderservice.shared.web;

import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The {@link InputPolicy} applied to every string and decimal of a request body, as Jackson reads it: a refusal is a
 * 400 naming the field. Registered on the HTTP message converter only, so events and stored JSON, which the service
 * wrote itself, are read as they are.
 */
final class RequestBodyPolicy extends SimpleModule {

    RequestBodyPolicy(InputPolicy policy) {
        super("request-body-policy");
        addDeserializer(String.class, new PolicedText(policy, false));
        addDeserializer(BigDecimal.class, new PolicedDecimal(policy));
    }

    private static final class PolicedText extends StdScalarDeserializer<String> {

        private final InputPolicy policy;
        private final boolean lineBreaksAreContent;

        PolicedText(InputPolicy policy, boolean lineBreaksAreContent) {
            super(String.class);
            this.policy = policy;
            this.lineBreaksAreContent = lineBreaksAreContent;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean multiline = property != null && property.getAnnotation(MultilineText.class) != null;
            return multiline == lineBreaksAreContent ? this : new PolicedText(policy, multiline);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            var text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null) {
                var refusal = policy.refusalOf(text, lineBreaksAreContent);
                if (refusal.isPresent()) {
                    throw new RefusedInputException(parser, refusal.get(), null, String.class);
                }
            }
            return text;
        }
    }

    private static final class PolicedDecimal extends StdScalarDeserializer<BigDecimal> {

        private final InputPolicy policy;

        PolicedDecimal(InputPolicy policy) {
            super(BigDecimal.class);
            this.policy = policy;
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            var number = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (number != null) {
                var refusal = policy.refusalOf(number);
                if (refusal.isPresent()) {
                    throw new RefusedInputException(parser, refusal.get(), null, BigDecimal.class);
                }
            }
            return number;
        }
    }
}
