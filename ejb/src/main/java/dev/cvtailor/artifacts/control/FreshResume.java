package dev.cvtailor.artifacts.control;

import java.util.function.BiConsumer;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads a FRESH résumé (https://github.com/fresh-standard/fresh-resume-schema, the other open résumé schema) as
 * the JSON Resume it corresponds to, field by field: employment becomes work, service volunteering, writing
 * publications, recognition awards, skill sets skills; contact, location and social make the basics. What JSON
 * Resume has no place for (references, testimonials, reading, governance) is left out.
 */
public final class FreshResume {

    private FreshResume() {
    }

    /** Whether the document is FRESH rather than JSON Resume: its {@code meta.format}, else its FRESH sections. */
    public static boolean is(JsonObject resume) {
        JsonValue meta = resume.get("meta");
        if (meta instanceof JsonObject m && m.get("format") instanceof JsonString format) {
            return format.getString().toUpperCase(java.util.Locale.ROOT).startsWith("FRESH");
        }
        return !resume.containsKey("basics") && (resume.get("employment") instanceof JsonObject
                || resume.get("contact") instanceof JsonObject || resume.get("info") instanceof JsonObject);
    }

    public static JsonObject toJsonResume(JsonObject fresh) {
        JsonObjectBuilder resume = Json.createObjectBuilder();
        resume.add("basics", basics(fresh));
        resume.add("work", history(fresh, "employment", (item, out) -> {
            copy(item, "employer", out, "name");
            copy(item, "position", out, "position");
            copy(item, "url", out, "url");
            copy(item, "start", out, "startDate");
            copy(item, "end", out, "endDate");
            copy(item, "summary", out, "summary");
            copy(item, "highlights", out, "highlights");
        }));
        resume.add("volunteer", history(fresh, "service", (item, out) -> {
            copy(item, "organization", out, "organization");
            copy(item, "position", out, "position");
            copy(item, "url", out, "url");
            copy(item, "start", out, "startDate");
            copy(item, "end", out, "endDate");
            copy(item, "summary", out, "summary");
            copy(item, "highlights", out, "highlights");
        }));
        resume.add("education", history(fresh, "education", (item, out) -> {
            copy(item, "institution", out, "institution");
            copy(item, "area", out, "area");
            copy(item, "title", out, "studyType");
            copy(item, "url", out, "url");
            copy(item, "start", out, "startDate");
            copy(item, "end", out, "endDate");
            copy(item, "grade", out, "score");
            copy(item, "curriculum", out, "courses");
        }));
        resume.add("projects", list(fresh, "projects", (item, out) -> {
            copy(item, "title", out, "name");
            copy(item, "description", out, "description");
            copy(item, "summary", out, "highlights", true);
            copy(item, "url", out, "url");
            copy(item, "start", out, "startDate");
            copy(item, "end", out, "endDate");
            copy(item, "keywords", out, "keywords");
            copy(item, "role", out, "roles", true);
        }));
        resume.add("publications", list(fresh, "writing", (item, out) -> {
            copy(item, "title", out, "name");
            if (item.get("publisher") instanceof JsonObject publisher) {
                copy(publisher, "name", out, "publisher");
            } else {
                copy(item, "publisher", out, "publisher");
            }
            copy(item, "date", out, "releaseDate");
            copy(item, "url", out, "url");
            copy(item, "summary", out, "summary");
        }));
        resume.add("awards", list(fresh, "recognition", (item, out) -> {
            copy(item, "title", out, "title");
            copy(item, "from", out, "awarder");
            copy(item, "date", out, "date");
            copy(item, "summary", out, "summary");
        }));
        resume.add("skills", skills(fresh));
        resume.add("languages", list(fresh, "languages", (item, out) -> {
            copy(item, "language", out, "language");
            copy(item, "level", out, "fluency");
        }));
        resume.add("interests", list(fresh, "interests", (item, out) -> {
            copy(item, "name", out, "name");
            copy(item, "keywords", out, "keywords");
        }));
        return resume.build();
    }

    private static JsonObject basics(JsonObject fresh) {
        JsonObjectBuilder basics = Json.createObjectBuilder();
        copy(fresh, "name", basics, "name");
        if (fresh.get("info") instanceof JsonObject info) {
            copy(info, "label", basics, "label");
            copy(info, "brief", basics, "summary");
        }
        if (fresh.get("contact") instanceof JsonObject contact) {
            copy(contact, "email", basics, "email");
            copy(contact, "phone", basics, "phone");
            copy(contact, "website", basics, "url");
        }
        if (fresh.get("location") instanceof JsonObject location) {
            JsonObjectBuilder place = Json.createObjectBuilder();
            copy(location, "address", place, "address");
            copy(location, "city", place, "city");
            copy(location, "region", place, "region");
            copy(location, "code", place, "postalCode");
            copy(location, "country", place, "countryCode");
            basics.add("location", place);
        }
        basics.add("profiles", list(fresh, "social", (item, out) -> {
            copy(item, "network", out, "network");
            copy(item, "user", out, "username");
            copy(item, "url", out, "url");
        }));
        return basics.build();
    }

    private static JsonArray skills(JsonObject fresh) {
        JsonArrayBuilder skills = Json.createArrayBuilder();
        if (fresh.get("skills") instanceof JsonObject section) {
            if (section.get("sets") instanceof JsonArray sets) {
                for (JsonValue set : sets) {
                    if (set instanceof JsonObject s) {
                        JsonObjectBuilder out = Json.createObjectBuilder();
                        copy(s, "name", out, "name");
                        copy(s, "level", out, "level");
                        copy(s, "skills", out, "keywords");
                        skills.add(out);
                    }
                }
            }
            if (section.get("list") instanceof JsonArray list) {
                for (JsonValue item : list) {
                    if (item instanceof JsonObject s) {
                        JsonObjectBuilder out = Json.createObjectBuilder();
                        copy(s, "name", out, "name");
                        copy(s, "level", out, "level");
                        skills.add(out);
                    }
                }
            }
        }
        return skills.build();
    }

    /** A FRESH section's {@code history} (or the section itself when it is a list). */
    private static JsonArray history(JsonObject fresh, String section, BiConsumer<JsonObject, JsonObjectBuilder> map) {
        JsonValue value = fresh.get(section);
        return map(value instanceof JsonObject o ? o.get("history") : value, map);
    }

    private static JsonArray list(JsonObject fresh, String section, BiConsumer<JsonObject, JsonObjectBuilder> map) {
        return map(fresh.get(section), map);
    }

    private static JsonArray map(JsonValue items, BiConsumer<JsonObject, JsonObjectBuilder> map) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        if (items instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonObject object) {
                    JsonObjectBuilder mapped = Json.createObjectBuilder();
                    map.accept(object, mapped);
                    out.add(mapped);
                }
            }
        }
        return out.build();
    }

    private static void copy(JsonObject from, String field, JsonObjectBuilder to, String as) {
        copy(from, field, to, as, false);
    }

    /** Copies a field that is present and not blank; {@code asList} wraps a single string in a list. */
    private static void copy(JsonObject from, String field, JsonObjectBuilder to, String as, boolean asList) {
        JsonValue value = from.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL
                || value instanceof JsonString s && s.getString().isBlank()) {
            return;
        }
        to.add(as, asList && value instanceof JsonString ? Json.createArrayBuilder().add(value).build() : value);
    }
}
