package dev.cvtailor.imports.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.ArtifactDraft.LinkDraft;
import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.imports.entity.Candidate;
import dev.cvtailor.imports.entity.ImportReading;
import dev.cvtailor.platform.boundary.ApplicationProblem;

/**
 * Reads the CSV files of LinkedIn's data export into artifacts: Positions and Volunteering become positions,
 * Education, Projects, Certifications, Publications and Honors their kinds, Skills go to the entries that show
 * them, Profile, Email Addresses and PhoneNumbers the contact details. Columns are found by their names, in any
 * order, whatever else is there; a file that is missing is simply not read; dates may be "Mar 2021", "2021",
 * "2021-03" or empty. A file whose quoting is broken refuses the whole export (422), naming the file and line.
 */
public final class LinkedInExport {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();

    private LinkedInExport() {
    }

    /** One file's rows, each a map from lower-case column name to value, read under the first header row. */
    private record Table(List<Map<String, String>> rows) {

        String first(String column) {
            return rows.isEmpty() ? null : value(rows.get(0), column);
        }
    }

    public static ImportReading read(Map<String, String> files) {
        Map<String, Table> tables = new HashMap<>();
        files.forEach((name, text) -> tables.put(name, table(name, text)));
        Table none = new Table(List.of());
        List<ArtifactDraft> drafts = new ArrayList<>();
        for (Map<String, String> row : tables.getOrDefault("positions.csv", none).rows()) {
            position(row, "company name", "title").ifPresent(drafts::add);
        }
        for (Map<String, String> row : tables.getOrDefault("volunteering.csv", none).rows()) {
            position(row, "company name", "role").ifPresent(drafts::add);
        }
        for (Map<String, String> row : tables.getOrDefault("education.csv", none).rows()) {
            String school = value(row, "school name");
            String degree = value(row, "degree name");
            String title = degree != null ? degree : school;
            if (title != null) {
                drafts.add(draft(ArtifactKind.EDUCATION, title, paragraphs(value(row, "notes"), value(row, "activities")),
                        school, null, date(value(row, "start date")), date(value(row, "end date")), null, null));
            }
        }
        for (Map<String, String> row : tables.getOrDefault("projects.csv", none).rows()) {
            named(row, "title").ifPresent(title -> drafts.add(draft(ArtifactKind.PROJECT, title,
                    value(row, "description"), null, null, date(value(row, "started on")),
                    date(value(row, "finished on")), value(row, "url"), null)));
        }
        for (Map<String, String> row : tables.getOrDefault("certifications.csv", none).rows()) {
            named(row, "name").ifPresent(title -> drafts.add(draft(ArtifactKind.CERTIFICATION, title,
                    value(row, "license number") == null ? null : "Licence number " + value(row, "license number"),
                    value(row, "authority"), null, date(value(row, "started on")), date(value(row, "finished on")),
                    value(row, "url"), null)));
        }
        for (Map<String, String> row : tables.getOrDefault("publications.csv", none).rows()) {
            named(row, "name").ifPresent(title -> drafts.add(draft(ArtifactKind.PUBLICATION, title,
                    value(row, "description"), value(row, "publisher"), null, date(value(row, "published on")), null,
                    value(row, "url"), null)));
        }
        for (Map<String, String> row : tables.getOrDefault("honors.csv", none).rows()) {
            named(row, "title").ifPresent(title -> drafts.add(draft(ArtifactKind.AWARD, title,
                    value(row, "description"), null, null, date(value(row, "issued on")), null, null, null)));
        }
        List<String> skills = tables.getOrDefault("skills.csv", none).rows().stream()
                .map(row -> value(row, "name")).filter(s -> s != null && s.length() <= 200).distinct().toList();
        List<String> notImported = new ArrayList<>();
        List<String> unshown = SkillsShown.attach(drafts, skills);
        if (!unshown.isEmpty()) {
            notImported.add("Skills.csv: no entry shows " + String.join(", ", unshown)
                    + "; add an artifact that does, and they will back your documents");
        }
        for (String skipped : List.of("languages.csv", "courses.csv")) {
            if (tables.containsKey(skipped) && !tables.get(skipped).rows().isEmpty()) {
                notImported.add(skipped.substring(0, 1).toUpperCase(Locale.ROOT) + skipped.substring(1)
                        + ": not a kind of artifact CV Tailor keeps");
            }
        }
        return new ImportReading(candidate(tables, none), drafts, notImported);
    }

    private static Candidate candidate(Map<String, Table> tables, Table none) {
        Table profile = tables.getOrDefault("profile.csv", none);
        String name = Stream.of(profile.first("first name"), profile.first("last name"))
                .filter(s -> s != null).reduce((a, b) -> a + " " + b).orElse(null);
        Table emails = tables.getOrDefault("email addresses.csv", none);
        String email = emails.rows().stream().filter(r -> "yes".equalsIgnoreCase(value(r, "primary")))
                .map(r -> value(r, "email address")).findFirst().orElse(emails.first("email address"));
        String phone = tables.getOrDefault("phonenumbers.csv", none).first("number");
        String location = profile.first("geo location");
        List<String> links = new ArrayList<>();
        String websites = profile.first("websites");
        if (websites != null) {
            for (String site : websites.replaceAll("[\\[\\]]", "").split("\\s*,\\s*")) {
                String url = site.replaceFirst("^[A-Z]+:", "").strip();
                if (!url.isEmpty()) {
                    links.add(url);
                }
            }
        }
        return new Candidate(name, email, phone, location, links);
    }

    private static Optional<ArtifactDraft> position(Map<String, String> row, String companyColumn, String titleColumn) {
        String company = value(row, companyColumn);
        String title = value(row, titleColumn);
        if (company == null && title == null) {
            return Optional.empty();
        }
        return Optional.of(draft(ArtifactKind.POSITION, title != null ? title : company, value(row, "description"),
                company, title, date(value(row, "started on")), date(value(row, "finished on")), null,
                value(row, "location")));
    }

    private static Optional<String> named(Map<String, String> row, String column) {
        return Optional.ofNullable(value(row, column));
    }

    private static ArtifactDraft draft(ArtifactKind kind, String title, String description, String organisation,
            String role, LocalDate from, LocalDate to, String url, String location) {
        LocalDate end = from != null && to != null && to.isBefore(from) ? null : to;
        List<LinkDraft> links = url == null || !url.matches("(?i)https?://\\S+") ? List.of() : List.of(new LinkDraft(url, null));
        return new ArtifactDraft(kind, cut(title, 300), null, description, cut(organisation, 300), cut(role, 300), from,
                end, List.of(), List.of(), List.of(), links, List.of(), cut(location, 200));
    }

    private static String paragraphs(String... parts) {
        String joined = String.join("\n\n", Stream.of(parts).filter(p -> p != null).toList());
        return joined.isEmpty() ? null : joined;
    }

    /** "Mar 2021", "March 2021", "2021-03", "2021" or empty; anything else is left out rather than guessed. */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        return DateSpan.singleIn(value).filter(d -> d.start() == 0 && d.end() >= value.strip().length() - 3)
                .map(DateSpan::from).orElse(null);
    }

    private static String value(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /**
     * The rows under the file's header: the first row that names a column LinkedIn writes (some files open with
     * notes above it). Columns are matched by name, so their order and any extra ones do not matter.
     */
    private static Table table(String file, String text) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSV.parse(new StringReader(text))) {
            List<String> header = null;
            for (CSVRecord record : parser) {
                if (header == null) {
                    List<String> names = record.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
                    if (names.stream().anyMatch(KNOWN_COLUMNS::contains)) {
                        header = names;
                    }
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
                    row.put(header.get(i), record.get(i));
                }
                rows.add(row);
                if (rows.size() > 5000) {
                    throw refused(file + " has more than 5,000 rows; it is not a profile file");
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw refused(displayName(file) + " is not valid CSV (" + firstLine(rootMessage(e))
                    + "); download the export again");
        }
        return new Table(rows);
    }

    private static final java.util.Set<String> KNOWN_COLUMNS = java.util.Set.of("first name", "company name", "title",
            "school name", "name", "email address", "number", "degree name", "started on", "authority", "issued on",
            "published on", "role");

    private static String displayName(String file) {
        return file.equals("email addresses.csv") ? "Email Addresses.csv" : file.equals("phonenumbers.csv")
                ? "PhoneNumbers.csv" : Character.toUpperCase(file.charAt(0)) + file.substring(1);
    }

    /** What went wrong in the reader's own words, without the names of the classes that said it. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? null : root.getMessage().replaceAll("[a-z]+(?:\\.[a-z]+)+\\.[A-Z]\\w*:\\s*", "");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("unreadable");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private static ApplicationProblem refused(String reason) {
        return new ApplicationProblem(ApplicationProblem.Kind.UNPROCESSABLE, reason);
    }
}
