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
        resume.add("work", history(fresh, "employment", "employer:name", "position", "url", "start:startDate",
                "end:endDate", "summary", "highlights"));
        resume.add("volunteer", history(fresh, "service", "organization", "position", "url", "start:startDate",
                "end:endDate", "summary", "highlights"));
        resume.add("education", history(fresh, "education", "institution", "area", "title:studyType", "url",
                "start:startDate", "end:endDate", "grade:score", "curriculum:courses"));
        resume.add("projects", list(fresh, "projects", (item, out) -> {
            fields(item, out, "title:name", "description", "url", "start:startDate", "end:endDate", "keywords");
            copy(item, "summary", out, "highlights", true);
            copy(item, "role", out, "roles", true);
        }));
        resume.add("publications", list(fresh, "writing", (item, out) -> {
            fields(item, out, "title:name", "date:releaseDate", "url", "summary");
            if (item.get("publisher") instanceof JsonObject publisher) {
                copy(publisher, "name", out, "publisher");
            } else {
                copy(item, "publisher", out, "publisher");
            }
        }));
        resume.add("awards", list(fresh, "recognition", "title", "from:awarder", "date", "summary"));
        resume.add("skills", skills(fresh));
        resume.add("languages", list(fresh, "languages", "language", "level:fluency"));
        resume.add("interests", list(fresh, "interests", "name", "keywords"));
        return resume.build();
    }

    private static JsonObject basics(JsonObject fresh) {
        JsonObjectBuilder basics = Json.createObjectBuilder();
        fields(fresh, basics, "name");
        if (fresh.get("info") instanceof JsonObject info) {
            fields(info, basics, "label", "brief:summary");
        }
        if (fresh.get("contact") instanceof JsonObject contact) {
            fields(contact, basics, "email", "phone", "website:url");
        }
        if (fresh.get("location") instanceof JsonObject location) {
            JsonObjectBuilder place = Json.createObjectBuilder();
            fields(location, place, "address", "city", "region", "code:postalCode", "country:countryCode");
            basics.add("location", place);
        }
        basics.add("profiles", list(fresh, "social", "network", "user:username", "url"));
        return basics.build();
    }

    /** Skill sets (a name, a level and the skills) and single skills of the list. */
    private static JsonArray skills(JsonObject fresh) {
        JsonArrayBuilder skills = Json.createArrayBuilder();
        if (fresh.get("skills") instanceof JsonObject section) {
            map(section.get("sets"), (set, out) -> fields(set, out, "name", "level", "skills:keywords"))
                    .forEach(skills::add);
            map(section.get("list"), (skill, out) -> fields(skill, out, "name", "level")).forEach(skills::add);
        }
        return skills.build();
    }

    /** A FRESH section's {@code history} (or the section itself when it is a list), its fields renamed. */
    private static JsonArray history(JsonObject fresh, String section, String... renames) {
        JsonValue value = fresh.get(section);
        return map(value instanceof JsonObject o ? o.get("history") : value, (item, out) -> fields(item, out, renames));
    }

    private static JsonArray list(JsonObject fresh, String section, String... renames) {
        return list(fresh, section, (item, out) -> fields(item, out, renames));
    }

    private static JsonArray list(JsonObject fresh, String section, BiConsumer<JsonObject, JsonObjectBuilder> map) {
        return map(fresh.get(section), map);
    }

    /** Copies each field named {@code "from:to"} (or {@code "same"}) that is present. */
    private static void fields(JsonObject from, JsonObjectBuilder to, String... renames) {
        for (String rename : renames) {
            String[] names = rename.split(":", 2);
            copy(from, names[0], to, names.length == 2 ? names[1] : names[0]);
        }
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
