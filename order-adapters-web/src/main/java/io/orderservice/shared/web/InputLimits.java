package io.orderservice.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The sizes every request is held to before anything reads it for meaning (docs/reliability.md): a body, any one
 * string in it, and a decimal number's digits on either side of the point. Above them
 * the answer is 413 or 400 with a problem, and nothing has changed.
 */
@ConfigurationProperties("order-service.input")
public record InputLimits(@DefaultValue("64KB") DataSize maxBodySize, @DefaultValue("4000") int maxStringLength,
                          @DefaultValue("15") int maxIntegerDigits,
                          @DefaultValue("10") int maxFractionDigits) {
}
