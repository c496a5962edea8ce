package dev.cvtailor.artifacts.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cvtailor.artifacts.entity.ArtifactFacts;
import dev.cvtailor.skills.entity.SkillRef;

/**
 * Reads the facts an artifact's text states plainly: a date range ("Mar 2021 – Present", "2019-2022",
 * "03/2020 to 11/2021"), labelled lines ("Company: …", "Role: …", "Stack: …", "Team: …"), a first line of the
 * form "Role at Organisation", and collaborators named after "with". The tech stack is the labelled line, or
 * else the technologies the taxonomy found in the text. It guesses nothing beyond that.
 */
public final class FactsReader {

    private static final int MAX_FIELD = 300;
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH_NAME = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String DATE = "(?:" + MONTH_NAME + "\\s+\\d{4}|\\d{1,2}/\\d{4}|\\d{4}-\\d{2}|\\d{4})";
    private static final Pattern RANGE = Pattern.compile("(?<![\\d/-])(" + DATE + ")\\s*(?:-|\u2013|\u2014|to|until)\\s*("
            + DATE + "|present|current|now|today)(?![\\d/-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABELLED = Pattern.compile(
            "^\\s*(company|organisation|organization|employer|client|role|position|job title|title|stack|tech stack"
                    + "|technologies|tools|team|collaborators)\\s*:\\s*(.+?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern ROLE_AT = Pattern.compile("^\\s*([A-Z][\\w/&+.,' -]{1,80}?)\\s+at\\s+"
            + "([A-Z][\\w&.,' -]{1,80}?)\\s*(?:[,(|\u2013-].*)?$");
    private static final Pattern WITH_NAMES = Pattern.compile("\\bwith\\s+((?:[A-Z][a-z]+\\s+[A-Z][a-z]+"
            + "(?:\\s*,\\s*|\\s+and\\s+)?)+)");
    private static final Pattern FULL_NAME = Pattern.compile("[A-Z][a-z]+\\s+[A-Z][a-z]+");

    private FactsReader() {
    }

    public static ArtifactFacts read(String text, Collection<SkillRef> skillsFound) {
        if (text == null || text.isBlank()) {
            return new ArtifactFacts(null, null, null, null, technologies(skillsFound), List.of());
        }
        String organisation = labelled(text, "company", "organisation", "organization", "employer", "client");
        String role = labelled(text, "role", "position", "job title", "title");
        Matcher roleAt = ROLE_AT.matcher(text.strip().lines().findFirst().orElse(""));
        if (roleAt.matches() && !RANGE.matcher(roleAt.group(1)).find()) {
            role = role != null ? role : roleAt.group(1).strip();
            organisation = organisation != null ? organisation : roleAt.group(2).strip();
        }
        LocalDate startedOn = null;
        LocalDate endedOn = null;
        Matcher range = RANGE.matcher(text);
        while (range.find() && startedOn == null) {
            Optional<LocalDate> from = date(range.group(1), false);
            Optional<LocalDate> to = date(range.group(2), true);
            boolean open = range.group(2).toLowerCase(Locale.ROOT).matches("present|current|now|today");
            if (from.isPresent() && (open || to.isPresent() && !to.get().isBefore(from.get()))) {
                startedOn = from.get();
                endedOn = open ? null : to.get();
            }
        }
        String stackLine = labelled(text, "stack", "tech stack", "technologies", "tools");
        List<String> stack = stackLine != null ? items(stackLine) : technologies(skillsFound);
        String team = labelled(text, "team", "collaborators");
        return new ArtifactFacts(organisation, role, startedOn, endedOn, stack,
                team != null ? items(team) : namedAfterWith(text));
    }

    private static List<String> technologies(Collection<SkillRef> skills) {
        return skills.stream().filter(SkillRef::isTechnology).map(SkillRef::name).limit(30).toList();
    }

    private static String labelled(String text, String... labels) {
        Matcher m = LABELLED.matcher(text);
        List<String> wanted = Arrays.asList(labels);
        while (m.find()) {
            if (wanted.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return clip(m.group(2));
            }
        }
        return null;
    }

    private static List<String> items(String line) {
        return Arrays.stream(line.split("\\s*(?:,|;|\\band\\b|\u2022|\\|)\\s*"))
                .map(String::strip).filter(s -> !s.isEmpty()).map(FactsReader::clip).limit(30).toList();
    }

    private static List<String> namedAfterWith(String text) {
        List<String> names = new ArrayList<>();
        Matcher with = WITH_NAMES.matcher(text);
        while (with.find() && names.size() < 30) {
            Matcher name = FULL_NAME.matcher(with.group(1));
            while (name.find()) {
                if (!names.contains(name.group())) {
                    names.add(name.group());
                }
            }
        }
        return names;
    }

    /** A date at the start ({@code end == false}) or the end of its month or year. */
    static Optional<LocalDate> date(String written, boolean end) {
        String s = written.strip().toLowerCase(Locale.ROOT);
        try {
            if (s.matches("\\d{4}")) {
                int year = Integer.parseInt(s);
                return Optional.of(end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1));
            }
            YearMonth month;
            if (s.matches("\\d{1,2}/\\d{4}")) {
                String[] parts = s.split("/");
                month = YearMonth.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
            } else if (s.matches("\\d{4}-\\d{2}")) {
                month = YearMonth.parse(s);
            } else if (s.length() >= 3 && MONTHS.containsKey(s.substring(0, 3))) {
                month = YearMonth.of(Integer.parseInt(s.replaceAll("\\D", "")), MONTHS.get(s.substring(0, 3)));
            } else {
                return Optional.empty();
            }
            return Optional.of(end ? month.atEndOfMonth() : month.atDay(1));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String clip(String value) {
        String s = value.strip();
        return s.length() <= MAX_FIELD ? s : s.substring(0, MAX_FIELD);
    }
}
