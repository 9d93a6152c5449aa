package io.orderservice.returns.gateway;

import io.orderservice.returns.application.port.out.ReturnLabels.BookedLabel;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * What every label adapter accepts of a carrier's answer as a label: a tracking number of at most 64 characters (the
 * column the parcel is followed under) and an absolute http(s) address of at most 2048 characters that the customer's
 * browser can open. Anything else is no label.
 */
final class CarrierLabelAnswer {

    private CarrierLabelAnswer() {
    }

    static Optional<BookedLabel> read(String carrier, String trackingNumber, String labelUrl) {
        if (trackingNumber == null || trackingNumber.isBlank() || trackingNumber.length() > 64) {
            return Optional.empty();
        }
        return printableAt(labelUrl).map(url -> new BookedLabel(carrier, trackingNumber, url));
    }

    private static Optional<URI> printableAt(String text) {
        if (text == null || text.length() > 2048) {
            return Optional.empty();
        }
        try {
            var url = new URI(text);
            return "https".equals(url.getScheme()) || "http".equals(url.getScheme()) ? Optional.of(url) : Optional.empty();
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }
}
