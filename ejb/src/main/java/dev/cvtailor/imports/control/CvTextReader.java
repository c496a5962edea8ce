package dev.cvtailor.imports.control;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.imports.entity.Candidate;
import dev.cvtailor.imports.entity.ImportReading;

/**
 * Reads a CV's text into the artifacts it holds, deterministically and without a language model: the contact
 * details above the first heading; sections by their headings ({@link CvHeading}); within a section, an entry for
 * each line that carries its dates ({@link DateSpan}), headed by the short lines just above it or the rest of its
 * own line ({@link EntryHead}), and described by what follows up to the next entry, a paragraph per bullet.
 * <p>{@code linesWrap} says whether the text's lines are a page's lines (a PDF's, where a sentence runs on over
 * several) or paragraphs (a Word document's, plain text).
 */
public final class CvTextReader {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•●▪■◦‣∙·►▶➢✓✔○]\\s*|[*–-]\\s+|\\d{1,2}[.)]\\s+)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”')]?\\s*$");
    private static final Pattern NOT_A_HEAD = Pattern.compile("[.!?;]\\s*$");
    private static final Pattern DANGLING_DASH = Pattern.compile("(?:(?:19|20)\\d{2}|[\\p{L}.]+\\s+(?:19|20)\\d{2})\\s*[–—-]\\s*$");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\uFEFF\\u00AD]");
    /** Markup some templates print as text ("<p>Built …</p>"). */
    private static final Pattern MARKUP = Pattern.compile("</?(?:p|br|b|i|em|strong|ul|ol|li|span|div)\\s*/?>",
            Pattern.CASE_INSENSITIVE);
    /** How long an entry lasted, which some templates print beside its dates ("1 year", "2 years 1 month"). */
    private static final Pattern DURATION = Pattern.compile(
            "(?i)\\b\\d{1,2}\\s+(?:years?|yrs?|months?|mos?)(?:,?\\s+\\d{1,2}\\s+(?:months?|mos?))?\\b");
    private static final int HEAD_LENGTH = 110;
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    private static final Pattern GLUED_HEADING = Pattern.compile(
            "^(Work|Experience|Volunteering|Volunteer|Education|Projects|Awards|Publications|Certificates|Certifications"
                    + "|Skills|Languages|Interests|References)\\s+(?=\\p{Lu})");

    private final List<Line> lines = new ArrayList<>();
    private final boolean linesWrap;
    private final int wrapWidth;

    private record Line(String text, boolean bullet) {
    }

    private CvTextReader(String text, boolean linesWrap) {
        this.linesWrap = linesWrap;
        List<String> raw = new ArrayList<>();
        for (String line : Normalizer.normalize(text, Normalizer.Form.NFKC).split("\\R")) {
            String clean = MARKUP.matcher(INVISIBLE.matcher(line).replaceAll("")).replaceAll(" ").replace('\t', ' ')
                    .replaceAll("\\s{2,}", " ").strip();
            if (!clean.isEmpty()) {
                raw.add(clean);
            }
        }
        splitGluedHeadings(raw);
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            // "2017 –" / "Present Product Manager …": a span that a narrow column broke over two lines
            if (DANGLING_DASH.matcher(line).find() && i + 1 < raw.size() && DateSpan.opensWithADate(raw.get(i + 1))) {
                line = line + " " + raw.get(++i);
            }
            var bullet = BULLET.matcher(line);
            boolean isBullet = bullet.find() && bullet.end() < line.length() && CvHeading.of(line).isEmpty();
            lines.add(new Line(isBullet ? line.substring(bullet.end()).strip() : line, isBullet));
        }
        List<Integer> lengths = lines.stream().map(l -> l.text().length()).sorted().toList();
        this.wrapWidth = lengths.isEmpty() ? 80 : lengths.get((int) (lengths.size() * 0.9)) * 7 / 10;
    }

    /**
     * Templates that set headings in a column of their own beside the entries give lines such as "Work Head Code
     * Ninja": where a CV has no line that is a heading alone, a line that opens with one is split into the heading
     * and the rest.
     */
    private static void splitGluedHeadings(List<String> raw) {
        if (raw.stream().filter(l -> CvHeading.of(l).filter(h -> h.kind != null).isPresent()).count() >= 2) {
            return;
        }
        for (int i = 0; i < raw.size(); i++) {
            java.util.regex.Matcher glued = GLUED_HEADING.matcher(raw.get(i));
            String heading = glued.find() ? glued.group(1).replace("Volunteer", "Volunteering") : null;
            if (heading != null && CvHeading.of(heading).isPresent()) {
                String rest = raw.get(i).substring(glued.end(1)).strip();
                raw.set(i, heading);
                raw.add(i + 1, rest);
            }
        }
    }

    /** The artifacts and contact details a CV's text holds. */
    public static ImportReading read(String text, boolean linesWrap) {
        return new CvTextReader(text, linesWrap).read();
    }

    private ImportReading read() {
        Map<Integer, CvHeading> headings = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int at = i;
            if (!lines.get(i).bullet()) {
                CvHeading.of(lines.get(i).text()).ifPresent(h -> headings.put(at, h));
            }
        }
        List<Integer> starts = new ArrayList<>(headings.keySet());
        int headerEnd = starts.isEmpty() ? Math.min(lines.size(), 6) : starts.get(0);
        Candidate candidate = ContactDetails.read(lines.subList(0, headerEnd).stream().map(Line::text).toList());
        List<ArtifactDraft> drafts = new ArrayList<>();
        List<String> skills = new ArrayList<>();
        List<String> notImported = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s) + 1;
            int to = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
            CvHeading heading = headings.get(starts.get(s));
            if (heading == CvHeading.SKILLS) {
                skills.addAll(skills(from, to));
            } else if (heading.kind != null) {
                drafts.addAll(entries(from, to, heading.kind));
            } else if (heading == CvHeading.OTHER && to > from) {
                notImported.add(lines.get(starts.get(s)).text() + ": not a kind of artifact CV Tailor keeps");
            }
        }
        if (starts.isEmpty()) {
            notImported.add("No section heading (Experience, Education, …) was found; nothing could be proposed");
        }
        return new ImportReading(candidate, drafts, withSkills(drafts, skills, notImported));
    }

    /** The section's skill names: items between commas, bullets or semicolons, after a "Category:" if any. */
    private List<String> skills(int from, int to) {
        StringBuilder all = new StringBuilder();
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            String text = line.text().replaceFirst("^[^,:]{1,40}:\\s+", "");
            boolean runsOn = i > from && !line.bullet() && !text.isEmpty() && Character.isLowerCase(text.charAt(0))
                    && !all.toString().endsWith(",");
            all.append(runsOn ? " " : ", ").append(text);
        }
        List<String> names = new ArrayList<>();
        for (String item : all.toString().split("\\s*[,;•·|]\\s*")) {
            String name = item.strip().replaceAll("\\.$", "");
            if (!name.isEmpty() && name.length() <= 60
                    && names.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> withSkills(List<ArtifactDraft> drafts, List<String> skills, List<String> notImported) {
        List<String> notes = new ArrayList<>(notImported);
        List<String> unshown = SkillsShown.attach(drafts, skills);
        if (!unshown.isEmpty()) {
            notes.add("skills: no entry of the CV shows " + String.join(", ", unshown)
                    + "; add an artifact that does, and they will back your documents");
        }
        return notes;
    }

    /** The entries of one section: one per line that carries dates, else one per short line that heads text. */
    private List<ArtifactDraft> entries(int from, int to, ArtifactKind kind) {
        List<Integer> anchors = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (isDateLine(lines.get(i))) {
                anchors.add(i);
            }
        }
        if (anchors.isEmpty()) {
            return undated(from, to, kind);
        }
        List<ArtifactDraft> drafts = new ArrayList<>();
        int bodyStart = from;
        // {head's first line, dates line, where the entry above ends}
        List<int[]> spans = new ArrayList<>();
        // how many lines head the section's first entry above its dates, when they are all the section holds there:
        // a template heads every entry alike, so the entries below take no more (short lines above them are the
        // end of the entry before: "Accomplishment 2", "etc")
        int shape = -1;
        for (int a = 0; a < anchors.size(); a++) {
            int anchor = anchors.get(a);
            int headStart = anchor;
            int most = shape < 0 ? 3 : shape;
            // dates first, head after them on the same line ("2018 – 2021 Data Scientist ,Uber"): nothing above
            boolean datesFirst = DateSpan.in(lines.get(anchor).text()).map(d -> d.start() == 0).orElse(false)
                    && !rest(anchor).isEmpty();
            while (!datesFirst && headStart - 1 >= bodyStart && anchor - (headStart - 1) <= most && isHeadLine(headStart - 1)) {
                headStart--;
            }
            // the top lines may be the end of a sentence of the entry above, run on from a full line
            boolean dropped = false;
            while (headStart < anchor && headStart - 1 >= bodyStart && runsOn(headStart - 1, dropped)) {
                headStart++;
                dropped = true;
            }
            if (a == 0 && headStart == from && (headStart < anchor || headGoesOnBelow(anchor, to))) {
                shape = anchor - headStart;
            }
            // heads below their dates: a lone "Volunteer" just above the dates opens a section, it ends no entry
            boolean opensSection = shape == 0 && a > 0 && headStart - 1 >= bodyStart
                    && CvHeading.isVolunteering(lines.get(headStart - 1).text());
            spans.add(new int[] {headStart, anchor, opensSection ? headStart - 1 : headStart});
            bodyStart = anchor + 1;
        }
        for (int a = 0; a < spans.size(); a++) {
            int headStart = spans.get(a)[0];
            int anchor = spans.get(a)[1];
            int end = a + 1 < spans.size() ? spans.get(a + 1)[2] : to;
            DateSpan dates = DateSpan.in(lines.get(anchor).text()).orElseThrow();
            String rest = rest(anchor);
            int bodyFrom = anchor + 1;
            // "… ,Massachusetts Institute of Technology ," / "Cambridge, MA, USA": a head that runs on
            if (lines.get(anchor).text().strip().endsWith(",") && bodyFrom < end && !lines.get(bodyFrom).bullet()) {
                rest = rest + " , " + lines.get(bodyFrom++).text();
            }
            List<String> head = new ArrayList<>();
            for (int i = headStart; i < anchor; i++) {
                head.add(lines.get(i).text());
            }
            if (!rest.isEmpty()) {
                head.add(rest);
            }
            if (head.size() < 2) {
                bodyFrom = pastWebAddresses(bodyFrom, end);
            }
            if (head.size() < 2 && kind != ArtifactKind.PROJECT && bodyFrom < end && isFollowingHead(bodyFrom, end)) {
                head.add(lines.get(bodyFrom++).text());
            }
            int undated = undatedHead(bodyFrom, end);
            drafts.add(draft(kind, EntryHead.of(head, kind), dates, description(bodyFrom, undated)));
            if (undated < end) {
                drafts.addAll(undated(undated, end, kind));
            }
        }
        return drafts;
    }

    /** The line's text without its dates and the separators around them. */
    private String rest(int i) {
        String text = lines.get(i).text();
        DateSpan dates = DateSpan.in(text).orElseThrow();
        return DURATION.matcher(text.substring(0, dates.start()) + " " + text.substring(dates.end())).replaceAll(" ")
                .replaceAll("^[\\s|,·•()\\[\\]–—:-]+|[\\s|,·•(\\[–—:-]+$", "").strip();
    }

    /** A section of entries without dates (certifications, awards): each short line that is not a bullet. */
    private List<ArtifactDraft> undated(int from, int to, ArtifactKind kind) {
        List<ArtifactDraft> drafts = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (lines.get(i).bullet() || lines.get(i).text().length() > HEAD_LENGTH) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < to && (lines.get(end).bullet() || continues(end))) {
                end++;
            }
            drafts.add(draft(kind, EntryHead.of(List.of(lines.get(i).text()), kind), null, description(i + 1, end)));
            i = end;
        }
        return drafts;
    }

    private boolean isDateLine(Line line) {
        String text = line.text();
        if (line.bullet() || text.length() > 160) {
            return false;
        }
        Optional<DateSpan> range = DateSpan.rangeIn(text);
        if (range.isPresent()) {
            return text.length() - (range.get().end() - range.get().start()) <= HEAD_LENGTH + 20
                    && !NOT_A_HEAD.matcher(text).find();
        }
        Optional<DateSpan> single = DateSpan.singleIn(text);
        if (single.isEmpty()) {
            return false;
        }
        String before = text.substring(0, single.get().start()).strip();
        String after = text.substring(single.get().end()).strip();
        boolean atAnEdge = before.isEmpty() || after.isEmpty() || after.equals(")") || before.endsWith("|")
                || after.startsWith("|") || before.endsWith("·") || before.endsWith(",") && after.isEmpty();
        return atAnEdge && text.length() <= HEAD_LENGTH && !text.endsWith(".")
                && !(before.isEmpty() && after.length() > 60);
    }

    /**
     * Where, in the text below an entry, an entry without dates begins: a short line that is no bullet and no
     * sentence, after a sentence's end, with text below it ("Blog" between two projects); {@code end} if none.
     */
    private int undatedHead(int from, int end) {
        for (int i = from + 1; i < end - 1; i++) {
            Line line = lines.get(i);
            if (!line.bullet() && line.text().length() <= 60 && isHeadLine(i)
                    && SENTENCE_END.matcher(lines.get(i - 1).text()).find()) {
                return i;
            }
        }
        return end;
    }

    /** Whether a line above an entry's dates may belong to its head: short, not a bullet, no sentence's end. */
    private boolean isHeadLine(int i) {
        Line line = lines.get(i);
        return !line.bullet() && line.text().length() <= HEAD_LENGTH && (!NOT_A_HEAD.matcher(line.text()).find()
                || line.text().matches(".*\\b(?:Inc|Ltd|Co|Corp|Jr|Sr)\\.$"));
    }

    /** Whether the sentence of line i (a bullet, a full line, or a line that itself ran on) goes on below it. */
    private boolean runsOn(int i, boolean itselfRanOn) {
        Line line = lines.get(i);
        return linesWrap && !SENTENCE_END.matcher(line.text()).find()
                && (line.bullet() || itselfRanOn || line.text().length() >= wrapWidth);
    }

    /** Whether the line of dates at {@code anchor} is followed by the rest of its head, as its only line above. */
    private boolean headGoesOnBelow(int anchor, int to) {
        int below = pastWebAddresses(anchor + 1, to);
        return below < to && isFollowingHead(below, to);
    }

    /** The first line from {@code i} that is not the employer's website (a template's link between dates and title). */
    private int pastWebAddresses(int i, int end) {
        int at = i;
        while (at < end - 1 && WEB_ADDRESS.matcher(lines.get(at).text()).matches()) {
            at++;
        }
        return at;
    }

    /** The line after an entry's dates that completes its head (a template that writes the dates first). */
    private boolean isFollowingHead(int i, int end) {
        Line line = lines.get(i);
        return !line.bullet() && line.text().length() <= 60 && !NOT_A_HEAD.matcher(line.text()).find()
                && (i + 1 >= end || lines.get(i + 1).bullet() || lines.get(i + 1).text().length() > 60
                        || SENTENCE_END.matcher(lines.get(i + 1).text()).find());
    }

    /** Whether line i runs on from the one above: a page's full line that ends mid-sentence. */
    private boolean continues(int i) {
        if (i == 0 || lines.get(i).bullet()) {
            return false;
        }
        String above = lines.get(i - 1).text();
        return linesWrap && above.length() >= wrapWidth && !SENTENCE_END.matcher(above).find();
    }

    /** The lines as paragraphs: each bullet begins one; a line that runs on joins the one above. */
    private String description(int from, int to) {
        List<StringBuilder> paragraphs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            boolean joins = !paragraphs.isEmpty() && !line.bullet() && linesWrap
                    && !SENTENCE_END.matcher(lines.get(i - 1).text()).find();
            if (joins) {
                StringBuilder p = paragraphs.get(paragraphs.size() - 1);
                // a line that ends on a hyphen or a slash broke a word there ("Git-" / "based", "A/" / "B tested")
                char last = p.charAt(p.length() - 1);
                if (last != '-' && last != '/') {
                    p.append(' ');
                }
                p.append(line.text());
            } else {
                paragraphs.add(new StringBuilder(line.text()));
            }
        }
        List<String> texts = paragraphs.stream().map(p -> p.toString().strip()).filter(p -> !p.isEmpty()).toList();
        return texts.isEmpty() ? null : String.join("\n\n", texts);
    }

    private static ArtifactDraft draft(ArtifactKind kind, EntryHead head, DateSpan dates, String description) {
        String title = head.title() != null ? head.title() : head.organisation() != null ? head.organisation()
                : kind.name().charAt(0) + kind.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        title = title.length() > 300 ? title.substring(0, 300) : title;
        LocalDate from = dates == null ? null : dates.from();
        LocalDate to = dates == null ? null : dates.to();
        String role = kind == ArtifactKind.POSITION && head.title() != null ? title : null;
        return new ArtifactDraft(kind, title, null, cut(description, 100_000), cut(head.organisation(), 300), role, from,
                to, List.of(), List.of(), List.of(), List.of(), List.of(), cut(head.location(), 200));
    }

    /** A field within the length an artifact allows, so that a proposal confirmed as read is never refused. */
    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
