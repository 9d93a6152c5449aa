package io.orderservice.shared.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Decimal query and path parameters held to the {@link InputPolicy}. An editor rather than a converter: a converter's
 * refusal makes Spring fall back to its default number editor, which accepts {@code 1e4000000}.
 */
@ControllerAdvice
class DecimalParameters {

    /** Longer than any decimal the limits allow, written out in full. */
    private static final int LONGEST = 40;

    private final InputPolicy policy;

    DecimalParameters(InputPolicy policy) {
        this.policy = policy;
    }

    @InitBinder
    void decimals(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                if (text.length() > LONGEST) {
                    throw new IllegalArgumentException("too long for a decimal");
                }
                var number = new BigDecimal(text.strip());
                policy.refusalOf(number).ifPresent(refusal -> {
                    throw new IllegalArgumentException(refusal);
                });
                setValue(number);
            }
        });
    }
}
