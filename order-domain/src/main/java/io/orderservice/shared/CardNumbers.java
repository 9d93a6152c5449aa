package io.orderservice.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a payment card number (a PAN) in text: 13 to 19 digits starting with 2-6,
 * optionally grouped by single spaces or dashes, standing apart from letters and other digits, passing
 * the Luhn check. The service never stores, logs or forwards one; the
 * web filter, the payment events consumer and the leak test use this one definition.
 */
public final class CardNumbers {

    /**
     * Card numbers start with 2-6 (Mastercard 2-series, Amex and Diners 3, Visa 4, Mastercard 5, Discover 6)
     * and stand on their own: not glued to letters or digits, and not the random number in a file name or
     * path ("epg3275…", "kafka-2498…/", "tomcat.8080.5124…"), which a log line may show.
     */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![A-Za-z0-9./\\\\-])[2-6](?:[ -]?\\d){12,18}(?![A-Za-z0-9/\\\\])");

    /** A UUID can start with 16 digits in groups of 8-4-4 that pass the Luhn check; it is an identifier, not a card. */
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CardNumbers() {
    }

    public static boolean containsCardNumber(CharSequence text) {
        if (text == null) {
            return false;
        }
        var matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            if (isCardNumber(matcher, text)) {
                return true;
            }
        }
        return false;
    }

    /** The text with every card number replaced by {@code [card number removed]}. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        var matcher = CANDIDATE.matcher(text);
        var redacted = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(redacted, isCardNumber(matcher, text) ? "[card number removed]" : Matcher.quoteReplacement(matcher.group()));
        }
        matcher.appendTail(redacted);
        return redacted.toString();
    }

    private static boolean isCardNumber(Matcher candidate, CharSequence text) {
        var uuid = UUID.matcher(text).region(candidate.start(), text.length());
        if (uuid.lookingAt()) {
            return false;
        }
        var digits = candidate.group().replaceAll("[ -]", "");
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
