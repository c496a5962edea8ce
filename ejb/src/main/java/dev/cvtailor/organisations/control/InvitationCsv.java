package dev.cvtailor.organisations.control;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.cvtailor.organisations.entity.InvitationRow;
import dev.cvtailor.platform.boundary.ApplicationProblem;

/**
 * Reads a bulk invitation file: {@code email,role,cohort} per line, an optional header line naming those columns,
 * blank lines skipped. Line numbers are the file's own, so an error names the line the admin sees in a spreadsheet.
 */
public final class InvitationCsv {

    public static final int MAX_ROWS = 5000;

    private InvitationCsv() {
    }

    public static List<InvitationRow> read(String text) {
        if (text == null || text.isBlank()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT,
                    "The file is empty: expected lines of email,role,cohort");
        }
        List<InvitationRow> rows = new ArrayList<>();
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LineCounter lines = new LineCounter(content);
        try (Reader reader = new StringReader(content);
                CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                        .parse(reader)) {
            for (CSVRecord record : parser) {
                String email = record.size() > 0 ? record.get(0) : "";
                if (rows.isEmpty() && record.getRecordNumber() == 1 && email.toLowerCase(Locale.ROOT).equals("email")) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new ApplicationProblem(ApplicationProblem.Kind.PAYLOAD_TOO_LARGE,
                            "The file has more than " + MAX_ROWS + " rows; split it");
                }
                long line = lines.lineAt(record.getCharacterPosition());
                rows.add(new InvitationRow(line, email, record.size() > 1 ? record.get(1) : "",
                        record.size() > 2 ? record.get(2) : ""));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT,
                    "The file is not valid CSV: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT,
                    "The file has no invitation lines: expected email,role,cohort");
        }
        return rows;
    }

    /** The 1-based line of a position, for positions read in increasing order (records come in file order). */
    private static final class LineCounter {
        private final String content;
        private int scanned;
        private long line = 1;

        LineCounter(String content) {
            this.content = content;
        }

        /** Blank lines the parser skipped before a record count as lines before it. */
        long lineAt(long position) {
            long start = position;
            while (start < content.length() && (content.charAt((int) start) == '\n'
                    || content.charAt((int) start) == '\r')) {
                start++;
            }
            for (; scanned < start && scanned < content.length(); scanned++) {
                if (content.charAt(scanned) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
