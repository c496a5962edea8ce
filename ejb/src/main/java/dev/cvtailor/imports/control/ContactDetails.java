package dev.cvtailor.imports.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cvtailor.imports.entity.Candidate;

/**
 * Reads the lines above a CV's first section: the name (the first line that is not a contact detail), then the
 * e-mail, phone, location ("City, Country") and links wherever they stand, one per line or several on a line
 * between separators ("|", "·", "•", "—").
 */
final class ContactDetails {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d.-]+\\.\\p{L}{2,}");
    private static final Pattern LINK = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s|,·•]+|\\b(?:[a-z\\d-]+\\.)+(?:com|org|net|io|dev|me|app|co|eu|uk|de|se|nl|fr|info)(?:/[^\\s|,·•]*)?");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w/])\\+?\\(?\\d[\\d ()./-]{5,}\\d(?![\\w/])");
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|·•—–]\\s+|\\s{3,}|\\s*[|·•]\\s*");
    private static final Pattern PLACE = Pattern.compile("\\p{Lu}[\\p{L} .'’-]*(?:,\\s*\\p{Lu}[\\p{L} .'’-]*){1,2}");
    /** What icon fonts leave in extracted text ("/envel⌢pe", "♂¶obile-alt"): the icon's name, not the user's. */
    private static final Pattern ICON = Pattern.compile(
            "(?i)(?:♂¶|(?<!\\S)/)(?:envel⌢pe|envelope|obile-alt|mobile-alt|phone-alt|phone|linkedin-in|linkedin|github|globe|map-marker-alt|map-marker)(?=\\S)");
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:e-?mail|phone|tel|mobile|cell|linkedin|github|web|website|address|location)\\s*:\\s*");

    private ContactDetails() {
    }

    static Candidate read(List<String> header) {
        String name = null;
        String email = null;
        String phone = null;
        String location = null;
        Set<String> links = new LinkedHashSet<>();
        for (String line : header) {
            String clean = ICON.matcher(line).replaceAll("");
            List<String> parts = new ArrayList<>();
            for (String part : SEPARATORS.split(clean)) {
                if (!part.isBlank()) {
                    parts.add(LABEL.matcher(part.strip()).replaceFirst(""));
                }
            }
            for (String part : parts) {
                Matcher mail = EMAIL.matcher(part);
                if (mail.find()) {
                    email = email == null ? mail.group() : email;
                    continue;
                }
                Matcher link = LINK.matcher(part);
                if (link.find() && link.group().length() >= part.strip().length() - 2) {
                    links.add(link.group().replaceAll("[.,;)]+$", ""));
                    continue;
                }
                Matcher number = PHONE.matcher(part);
                if (number.find() && number.group().replaceAll("\\D", "").length() >= 7
                        && number.group().length() >= part.strip().length() - 8) {
                    phone = phone == null ? number.group().strip() : phone;
                    continue;
                }
                if (name == null) {
                    name = part.strip();
                } else if (location == null && PLACE.matcher(part.strip()).matches() && part.length() <= 60) {
                    location = part.strip();
                }
            }
        }
        return new Candidate(name, email, phone, location, List.copyOf(links));
    }
}
