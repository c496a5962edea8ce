package dev.cvtailor.applications.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import dev.cvtailor.applications.entity.ApplicationDraft;
import dev.cvtailor.applications.entity.ApplicationStatus;
import dev.cvtailor.applications.entity.JobApplication;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.boundary.ApplicationProblem.FieldProblem;

/**
 * Applications as CSV (RFC 4180, a header row): what a spreadsheet or another tracker exports and imports. Reading
 * checks every row before any is kept; a row that is wrong refuses the file, naming its line and column.
 */
public final class ApplicationsCsv {

    public static final List<String> COLUMNS = List.of("company", "role", "status", "source", "url", "next_step",
            "follow_up_on", "notes", "created_at");
    private static final int MAX_ROWS = 2000;

    private ApplicationsCsv() {
    }

    public static String write(List<JobApplication> applications) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (JobApplication a : applications) {
                printer.printRecord(a.getCompany(), a.getRole(), a.getStatus().name(), a.getSource(), a.getUrl(),
                        a.getNextStep(), a.getFollowUpOn(), a.getNotes(), a.getCreatedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The rows as drafts; {@code 400} naming {@code line N: column} for the first rows that are wrong. */
    public static List<ApplicationDraft> read(String text) {
        List<ApplicationDraft> drafts = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(text == null ? "" : text))) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || header.keySet().stream().map(h -> h.toLowerCase(Locale.ROOT)).noneMatch("company"::equals)
                    || header.keySet().stream().map(h -> h.toLowerCase(Locale.ROOT)).noneMatch("role"::equals)) {
                throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT,
                        "The CSV needs a header row naming at least the columns company and role");
            }
            for (CSVRecord row : parser) {
                if (drafts.size() >= MAX_ROWS) {
                    throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT,
                            "A CSV may hold at most " + MAX_ROWS + " applications");
                }
                drafts.add(draft(row, "line " + parser.getCurrentLineNumber(), problems));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT,
                    "The file is not valid CSV: " + reason(e) + " (a quote that is not closed, or text after one)");
        }
        if (!problems.isEmpty()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "Some rows of the CSV are not valid",
                    problems);
        }
        return drafts;
    }

    private static ApplicationDraft draft(CSVRecord row, String line, List<FieldProblem> problems) {
        String company = value(row, "company");
        String role = value(row, "role");
        if (company == null) {
            problems.add(new FieldProblem(line + ": company", "must not be empty"));
        }
        if (role == null) {
            problems.add(new FieldProblem(line + ": role", "must not be empty"));
        }
        String status = value(row, "status");
        if (status != null && Arrays.stream(ApplicationStatus.values()).noneMatch(s -> s.name().equalsIgnoreCase(status))) {
            problems.add(new FieldProblem(line + ": status", "must be one of " + Arrays.toString(ApplicationStatus.values())));
        }
        LocalDate followUp = null;
        String date = value(row, "follow_up_on");
        if (date != null) {
            try {
                followUp = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(line + ": follow_up_on", "must be a date written YYYY-MM-DD"));
            }
        }
        return new ApplicationDraft(company, role, null, value(row, "url"), value(row, "source"),
                status == null ? null : status.toUpperCase(Locale.ROOT), value(row, "next_step"), followUp, List.of(),
                value(row, "notes"), null);
    }

    private static String value(CSVRecord row, String column) {
        for (String name : row.getParser().getHeaderNames()) {
            if (name.equalsIgnoreCase(column) && row.isSet(name)) {
                String v = row.get(name);
                return v == null || v.isBlank() ? null : v.strip();
            }
        }
        return null;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "unreadable" : root.getMessage().lines().findFirst().orElse("");
        return message.replaceAll("[a-z]+(?:\\.[a-z]+)+\\.[A-Z]\\w*:\\s*", "");
    }
}
