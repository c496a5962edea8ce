package dev.cvtailor.artifacts.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.ArtifactDraft.LinkDraft;
import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.boundary.ApplicationProblem.FieldProblem;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Translates between JSON Resume (https://jsonresume.org/schema, v1) and artifacts: work and volunteering
 * become positions, and education, projects, certificates, publications and awards their kinds; their URLs
 * become evidence links. Dates may be {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 */
public final class JsonResume {

    private JsonResume() {
    }

    /** The drafts a résumé holds, in its order, each under its JSON path ({@code work[2]}). */
    public static Map<String, ArtifactDraft> drafts(JsonObject resume) {
        Map<String, ArtifactDraft> drafts = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        each(resume, "work", (item, path) -> drafts.put(path, position(item, path, problems, "name")));
        each(resume, "volunteer", (item, path) -> drafts.put(path, position(item, path, problems, "organization")));
        each(resume, "education", (item, path) -> drafts.put(path, draft(ArtifactKind.EDUCATION,
                join(text(item, "studyType"), text(item, "area"), text(item, "institution")),
                text(item, "score"), joinLines(strings(item, "courses")), text(item, "institution"), null,
                date(item, "startDate", path, problems), date(item, "endDate", path, problems), List.of(),
                link(item, "url"))));
        each(resume, "projects", (item, path) -> drafts.put(path, draft(ArtifactKind.PROJECT, text(item, "name"),
                text(item, "description"), joinLines(strings(item, "highlights")), text(item, "entity"),
                String.join(", ", strings(item, "roles")), date(item, "startDate", path, problems),
                date(item, "endDate", path, problems), strings(item, "keywords"), link(item, "url"))));
        each(resume, "certificates", (item, path) -> drafts.put(path, draft(ArtifactKind.CERTIFICATION, text(item, "name"),
                null, null, text(item, "issuer"), null, date(item, "date", path, problems), null, List.of(),
                link(item, "url"))));
        each(resume, "publications", (item, path) -> drafts.put(path, draft(ArtifactKind.PUBLICATION, text(item, "name"),
                text(item, "summary"), null, text(item, "publisher"), null, date(item, "releaseDate", path, problems),
                null, List.of(), link(item, "url"))));
        each(resume, "awards", (item, path) -> drafts.put(path, draft(ArtifactKind.AWARD, text(item, "title"),
                text(item, "summary"), null, text(item, "awarder"), null, date(item, "date", path, problems), null,
                List.of(), List.of())));
        if (!problems.isEmpty()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "The résumé has invalid entries", problems);
        }
        return drafts;
    }

    /** The skills a résumé lists: each entry's name and keywords, in order, without repeats. */
    public static List<String> skills(JsonObject resume) {
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<String> skills = new ArrayList<>();
        JsonValue section = resume.get("skills");
        if (section instanceof JsonArray entries) {
            for (JsonValue entry : entries) {
                if (entry instanceof JsonObject skill) {
                    List<String> names = new ArrayList<>();
                    if (text(skill, "name") != null) {
                        names.add(text(skill, "name"));
                    }
                    names.addAll(strings(skill, "keywords"));
                    names.stream().filter(n -> n.length() <= 200 && seen.add(n)).forEach(skills::add);
                }
            }
        }
        return skills;
    }

    /** The artifacts as a JSON Resume document, with the account's email and the skills of their stacks. */
    public static JsonObject of(List<Artifact> artifacts, Map<Long, List<String>> evidenceUrls, String email) {
        Map<ArtifactKind, JsonArrayBuilder> sections = new LinkedHashMap<>();
        for (ArtifactKind kind : ArtifactKind.values()) {
            sections.put(kind, Json.createArrayBuilder());
        }
        for (Artifact a : artifacts) {
            List<String> urls = evidenceUrls.getOrDefault(a.getId(), List.of());
            JsonObjectBuilder entry = Json.createObjectBuilder();
            switch (a.getKind()) {
                case POSITION -> {
                    put(entry, "name", a.getOrganisation());
                    put(entry, "position", a.getRole() == null ? a.getTitle() : a.getRole());
                    put(entry, "summary", a.getSummary());
                    highlights(entry, a.getDescription());
                }
                case EDUCATION -> {
                    put(entry, "institution", a.getOrganisation());
                    put(entry, "area", a.getTitle());
                }
                case PROJECT -> {
                    put(entry, "name", a.getTitle());
                    put(entry, "description", a.getSummary());
                    highlights(entry, a.getDescription());
                    put(entry, "entity", a.getOrganisation());
                    if (!a.getStack().isEmpty()) {
                        entry.add("keywords", Json.createArrayBuilder(a.getStack()));
                    }
                }
                case CERTIFICATION -> {
                    put(entry, "name", a.getTitle());
                    put(entry, "issuer", a.getOrganisation());
                }
                case PUBLICATION -> {
                    put(entry, "name", a.getTitle());
                    put(entry, "publisher", a.getOrganisation());
                    put(entry, "summary", a.getSummary());
                }
                case AWARD -> {
                    put(entry, "title", a.getTitle());
                    put(entry, "awarder", a.getOrganisation());
                    put(entry, "summary", a.getSummary());
                }
            }
            dates(entry, a);
            if (!urls.isEmpty() && a.getKind() != ArtifactKind.AWARD) {
                put(entry, "url", urls.get(0));
            }
            sections.get(a.getKind()).add(entry);
        }
        JsonArrayBuilder skills = Json.createArrayBuilder();
        artifacts.stream().flatMap(a -> a.getStack().stream())
                .collect(Collectors.toMap(s -> s.toLowerCase(Locale.ROOT), s -> s, (first, later) -> first,
                        LinkedHashMap::new))
                .values().forEach(name -> skills.add(Json.createObjectBuilder().add("name", name)));
        JsonObjectBuilder basics = Json.createObjectBuilder();
        put(basics, "email", email);
        return Json.createObjectBuilder()
                .add("$schema", "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json")
                .add("basics", basics)
                .add("work", sections.get(ArtifactKind.POSITION))
                .add("education", sections.get(ArtifactKind.EDUCATION))
                .add("projects", sections.get(ArtifactKind.PROJECT))
                .add("certificates", sections.get(ArtifactKind.CERTIFICATION))
                .add("publications", sections.get(ArtifactKind.PUBLICATION))
                .add("awards", sections.get(ArtifactKind.AWARD))
                .add("skills", skills)
                .build();
    }

    private interface Entry {
        void accept(JsonObject item, String path);
    }

    private static void each(JsonObject resume, String section, Entry entry) {
        JsonValue value = resume.get(section);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ApplicationProblem.invalidField(section, "must be a list");
        }
        JsonArray items = value.asJsonArray();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApplicationProblem.invalidField(section + "[" + i + "]", "must be an object");
            }
            entry.accept(items.getJsonObject(i), section + "[" + i + "]");
        }
    }

    private static ArtifactDraft position(JsonObject item, String path, List<FieldProblem> problems, String orgField) {
        String organisation = text(item, orgField) != null ? text(item, orgField) : text(item, "company");
        String role = text(item, "position");
        return draft(ArtifactKind.POSITION, role != null ? role : organisation, text(item, "summary"),
                joinLines(strings(item, "highlights")), organisation, role, date(item, "startDate", path, problems),
                date(item, "endDate", path, problems), List.of(), link(item, "url"));
    }

    private static ArtifactDraft draft(ArtifactKind kind, String title, String summary, String description,
            String organisation, String role, LocalDate from, LocalDate to, List<String> stack, List<LinkDraft> links) {
        return new ArtifactDraft(kind, title, summary, description, organisation, role == null || role.isBlank() ? null : role,
                from, to, stack, List.of(), List.of(), links, List.of());
    }

    private static String text(JsonObject item, String field) {
        JsonValue value = item.get(field);
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString().strip();
        }
        return null;
    }

    private static List<String> strings(JsonObject item, String field) {
        JsonValue value = item.get(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return value.asJsonArray().stream().filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).getString().strip())
                .filter(s -> !s.isEmpty()).toList();
    }

    private static List<LinkDraft> link(JsonObject item, String field) {
        String url = text(item, field);
        return url == null ? List.of() : List.of(new LinkDraft(url, null));
    }

    /** {@code 2014}, {@code 2014-06} or {@code 2014-06-29}; a missing date is null, a malformed one a problem. */
    static LocalDate date(JsonObject item, String field, String path, List<FieldProblem> problems) {
        String value = text(item, field);
        if (value == null) {
            return null;
        }
        try {
            return switch (value.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
                case 7 -> LocalDate.parse(value + "-01");
                default -> LocalDate.parse(value);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            problems.add(new FieldProblem(path + "." + field, "must be a date written YYYY, YYYY-MM or YYYY-MM-DD"));
            return null;
        }
    }

    private static String join(String... parts) {
        String joined = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    private static String joinLines(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n\n", lines);
    }

    private static void put(JsonObjectBuilder entry, String field, String value) {
        if (value != null && !value.isBlank()) {
            entry.add(field, value);
        }
    }

    private static void highlights(JsonObjectBuilder entry, String description) {
        if (description != null && !description.isBlank()) {
            JsonArrayBuilder lines = Json.createArrayBuilder();
            java.util.Arrays.stream(description.split("\\n\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(lines::add);
            entry.add("highlights", lines);
        }
    }

    private static void dates(JsonObjectBuilder entry, Artifact a) {
        boolean single = a.getKind() == ArtifactKind.CERTIFICATION || a.getKind() == ArtifactKind.AWARD;
        if (a.getStartedOn() != null) {
            entry.add(single ? "date" : a.getKind() == ArtifactKind.PUBLICATION ? "releaseDate" : "startDate",
                    a.getStartedOn().toString());
        }
        if (a.getEndedOn() != null && !single && a.getKind() != ArtifactKind.PUBLICATION) {
            entry.add("endDate", a.getEndedOn().toString());
        }
    }
}
