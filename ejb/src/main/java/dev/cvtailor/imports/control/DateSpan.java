package dev.cvtailor.imports.control;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of a CV entry as people and templates write them: "Mar 2021 – Present", "March 2021 - Current",
 * "2021-03 – 2022-07", "03/2021 to 06/2022", "2017 – 2021", or one date ("May 2022", "2022"). {@code to} is null
 * for an entry that goes on; a month that is not written is January. {@code start} and {@code end} are where the
 * dates sit in the line they were found in.
 */
public record DateSpan(LocalDate from, LocalDate to, boolean ongoing, int start, int end) {

    private static final String MONTH = "(?<M>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String POINT = "(?:" + MONTH + ",?\\s+(?<MY>(?:19|20)\\d{2})"
            + "|(?<IY>(?:19|20)\\d{2})[-/.](?<IM>0?[1-9]|1[0-2])(?:[-/.](?:0?[1-9]|[12]\\d|3[01]))?(?!\\d)"
            + "|(?<SM>0?[1-9]|1[0-2])[/.](?<SY>(?:19|20)\\d{2})"
            + "|(?<Y>(?:19|20)\\d{2}))";
    private static final String OPEN = "present|current|now|today|ongoing|date";
    private static final String DASH = "\\s*(?:[–—−‒-]+|\\bto\\b|\\buntil\\b)\\s*";
    private static final Pattern RANGE = Pattern.compile("(?<![\\p{L}\\d])(?<from>" + POINT.replace("<", "<F")
            + ")" + DASH + "(?:(?<open>" + OPEN + ")|(?<to>" + POINT.replace("<", "<T") + ")|(?<unsaid>$))(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SINGLE = Pattern.compile("(?<![\\p{L}\\d,.])(?:since\\s+)?" + POINT + "(?![\\d,%])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OPENING = Pattern.compile("\\s*(?:" + OPEN + "|" + POINT + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** Whether the text opens with a date or a word for "now" ("Present", "Feb 2021", "2019"). */
    public static boolean opensWithADate(String text) {
        return OPENING.matcher(text).lookingAt();
    }

    /** The first span of two dates in the line ("Mar 2021 – Present"). */
    public static Optional<DateSpan> rangeIn(String line) {
        Matcher m = RANGE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        LocalDate from = point(m, "F");
        // "Sep, 2013 —" with nothing after the dash: an entry that goes on
        boolean ongoing = m.group("open") != null || m.group("unsaid") != null;
        LocalDate to = ongoing ? null : point(m, "T");
        if (from == null || (to != null && to.isBefore(from))) {
            return Optional.empty();
        }
        return Optional.of(new DateSpan(from, to, ongoing, m.start(), m.end()));
    }

    /** The first single date in the line ("May 2022", "2022-05", "2022"), "since 2020" being one that goes on. */
    public static Optional<DateSpan> singleIn(String line) {
        Matcher m = SINGLE.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        LocalDate date = point(m, "");
        boolean since = m.group().toLowerCase(Locale.ROOT).startsWith("since");
        return date == null ? Optional.empty() : Optional.of(new DateSpan(date, null, since, m.start(), m.end()));
    }

    /** A span if the line has one, else a single date. */
    public static Optional<DateSpan> in(String line) {
        return rangeIn(line).or(() -> singleIn(line));
    }

    private static LocalDate point(Matcher m, String prefix) {
        String month = m.group(prefix + "M");
        if (month != null) {
            return LocalDate.of(Integer.parseInt(m.group(prefix + "MY")),
                    MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT)), 1);
        }
        if (m.group(prefix + "IY") != null) {
            return LocalDate.of(Integer.parseInt(m.group(prefix + "IY")), Integer.parseInt(m.group(prefix + "IM")), 1);
        }
        if (m.group(prefix + "SY") != null) {
            return LocalDate.of(Integer.parseInt(m.group(prefix + "SY")), Integer.parseInt(m.group(prefix + "SM")), 1);
        }
        String year = m.group(prefix + "Y");
        return year == null ? null : LocalDate.of(Integer.parseInt(year), 1, 1);
    }
}
