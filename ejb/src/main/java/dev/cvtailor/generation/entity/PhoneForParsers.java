package dev.cvtailor.generation.entity;

import java.util.regex.Pattern;

/**
 * An international phone number as résumé parsers recognise it: "+46 70 123 45 67" becomes "+46701234567"
 * (E.164). Their patterns expect groups of three and four digits (North American numbers), so a number grouped by
 * another country's habit is not found, while the unbroken number is. A number without a country code, or with
 * anything but digits and the usual separators, is left as the user wrote it.
 */
public final class PhoneForParsers {

    private static final Pattern INTERNATIONAL = Pattern.compile("\\+\\d[\\d ().\\-\\u00a0]{6,20}\\d");

    private PhoneForParsers() {
    }

    public static String of(String phone) {
        if (phone == null) {
            return null;
        }
        String stripped = phone.strip();
        return INTERNATIONAL.matcher(stripped).matches() ? "+" + stripped.replaceAll("\\D", "") : stripped;
    }
}
