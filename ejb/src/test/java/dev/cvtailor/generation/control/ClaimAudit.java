package dev.cvtailor.generation.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * The evaluation's own reading of an exported document against a persona's artifacts as the persona wrote them
 * (title, role, organisation, dates, description, declared skills, evidence link), written with plain strings and
 * regular expressions for this test alone: it shares no code with the application's parser, taxonomy, matcher,
 * verifier or parse-back, so that a defect there cannot hide itself here.
 *
 * <p>What it calls a claim is the document's text without the candidate's header, the posting's own title, employer,
 * domains and values (named, not claimed), the section headings, the salutation and the "[evidence]" link labels.
 * In that text:
 * <ul>
 * <li>skills: each item of the Skills section, and each skill name of the {@link Lexicon} (O*NET's 8,768
 * technology examples, the personas' declared skills and never-claim items, the posting's listed technologies and
 * the keywords the parser named as taxonomy skills) found in the claims, must be said by some artifact (its text or
 * its declared skills) or be one of {@link #ALIASES}; never-claim items must be absent;</li>
 * <li>numbers: each must be stated by some artifact, be a year of an artifact's dates, the candidate's header's,
 * or the years of experience the positions add up to (computed here);</li>
 * <li>dates: each month printed ("Mar 2021", or "2021-03") must start or end an artifact; each entry's dates line
 * must be the dates of an artifact whose organisation is the line above it and whose title (or role) the line above
 * that;</li>
 * <li>employers: a name after "at", or in parentheses, and any organisation of another persona, must be in the
 * persona's artifacts; job titles ("... Engineer", "... Nurse", any role of another persona) likewise;</li>
 * <li>links: every address (link annotation, hyperlink or printed URL) must be an artifact's evidence link or the
 * candidate's own, and a paragraph that links to an artifact's evidence must quote that artifact (five words in a
 * row of its description).</li>
 * </ul>
 * Names are compared ignoring case, except names of four characters or fewer without a lower-case letter after
 * the first ("Go", "R", "SAS"), which must match in case; a one-word name of the lexicon is looked for in its own
 * spelling only (product names are capitalised: "Slack", not "slack").
 */
final class ClaimAudit {

    enum Kind {
        SKILL, NEVER_CLAIM, NUMBER, DATE, EMPLOYER, JOB_TITLE, LINK
    }

    record Finding(Kind kind, String what) {
        @Override
        public String toString() {
            return kind + " " + what;
        }
    }

    /** An artifact as the persona's file states it: nothing read into it by the application. */
    record OwnArtifact(String kind, String title, String role, String organisation, LocalDate startedOn,
            LocalDate endedOn, String description, List<String> skills, String evidenceUrl) {

        /** An artifact of a persona's file (src/test/resources/personas), given the evidence link {@code url}. */
        static OwnArtifact of(JsonObject json, String url) {
            return new OwnArtifact(json.getString("kind"), json.getString("title"), json.getString("role", null),
                    json.getString("organisation", null), date(json, "startedOn"), date(json, "endedOn"),
                    json.getString("description", null), json.getJsonArray("skills").getValuesAs(JsonString.class)
                            .stream().map(JsonString::getString).toList(), url);
        }

        private static LocalDate date(JsonObject json, String field) {
            return json.containsKey(field) ? LocalDate.parse(json.getString(field)) : null;
        }

        List<String> fields() {
            List<String> fields = new ArrayList<>();
            Stream.of(title, role, organisation, description).filter(s -> s != null && !s.isBlank())
                    .forEach(fields::add);
            fields.addAll(skills);
            return fields;
        }

        /**
         * "Feb 2020 – Present", as an entry prints the artifact's dates, or "Feb 2020" for what happened once
         * (written here, not borrowed).
         */
        List<String> printedDates() {
            if (startedOn == null) {
                return endedOn == null ? List.of() : List.of(monthYear(endedOn));
            }
            return List.of(monthYear(startedOn) + " – " + (endedOn == null ? "Present" : monthYear(endedOn)),
                    monthYear(startedOn));
        }
    }

    record Person(String name, String email, String phone, String location, List<String> links) {
        List<String> fields() {
            List<String> fields = new ArrayList<>(links);
            Stream.of(name, email, phone, location).filter(s -> s != null && !s.isBlank()).forEach(fields::add);
            if (phone != null && phone.strip().startsWith("+")) {
                fields.add("+" + phone.replaceAll("\\D", "")); // an international number may be printed unbroken
            }
            return fields;
        }
    }

    /**
     * The alias table: a name a document may print for what an artifact says in other words. Kept tiny and
     * explicit; each entry is a name the application's taxonomy gives to an artifact's words, which the first
     * measured run flagged in the Skills sections, judged here to say the same: a spelling ("optimisation"), a
     * narrower wording ("recorded vital signs", "logistic regression", "experimental design"), and the loosest,
     * "Consumer insights" for a position titled "Customer insights". Anything else a document names must be in the
     * artifacts' own words.
     */
    static final Map<String, List<String>> ALIASES = Map.of(
            "search engine optimisation", List.of("search engine optimization"),
            "vital signs monitoring", List.of("vital signs"),
            "regression analysis", List.of("regression"),
            "research design", List.of("experimental design"),
            "consumer insights", List.of("customer insights"));

    static final Set<String> HEADINGS = Set.of("summary", "skills", "experience", "projects", "education",
            "certifications", "publications", "awards");
    static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    /** A PDF line FOP broke inside a word: after a hyphen or a slash ("scikit-", "https://", "M/F/"). */
    static final Pattern BROKEN = Pattern.compile("\\S[-/]$");
    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    static final Pattern YEAR_MONTH = Pattern.compile("(?<![\\d-])((?:19|20)\\d{2})-(\\d{2})(?![\\d-])");
    static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec");
    /** A month and year as entries print them: "Mar 2021". */
    static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + String.join("|", MONTHS) + ") ((?:19|20)\\d{2})\\b");
    /** An entry's dates line: "Mar 2021 – Present", "Sep 2016 – Jun 2019", "May 2022". */
    static final Pattern DATES_LINE = Pattern.compile("^(?:" + MONTH_YEAR.pattern() + ")(?:\\s*[–-]\\s*(?:"
            + MONTH_YEAR.pattern() + "|Present))?$");
    static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)*%?");
    static final Pattern YEAR = Pattern.compile("^(?:19|20)\\d{2}$");
    private static final String NAME = "[A-Z][\\p{L}\\p{N}'&.-]*";
    /** "at Acme Bank": a name goes on over capitalised words, never past a full stop ("at Acme Bank. As a ..."). */
    static final Pattern AT_EMPLOYER = Pattern.compile("\\b(?:at|for) (" + NAME + "(?:(?<!\\.)(?: (?:of|and|&|the))? "
            + NAME + ")*)");
    static final Pattern IN_PARENTHESES = Pattern.compile("\\(([A-Z][^()]*)\\)");
    static final Pattern JOB_TITLE = Pattern.compile("((?:[A-Z][\\p{L}-]*\\s+){0,3}(?:Engineer|Developer|Analyst"
            + "|Nurse|Manager|Executive|Assistant|Scientist|Consultant|Director|Designer|Architect|Specialist"
            + "|Officer|Administrator|Technician|Coordinator|Accountant|Teacher|Intern|Representative|Programmer"
            + "|Tester)s?)\\b");
    /** Between what was taken out of the text, so that no phrase is read across the gap. */
    static final String GAP = " ¦ ";

    private final List<OwnArtifact> artifacts;
    private final List<String> neverClaim;
    private final Person candidate;
    private final String corpus;
    private final Set<String> declared = new HashSet<>();
    private final Set<String> numbers = new HashSet<>();
    private final Set<String> yearMonths = new HashSet<>();
    private final Set<String> allowedLinks = new HashSet<>();
    private final Map<String, OwnArtifact> byLink = new HashMap<>();
    private final Set<String> otherOrganisations;
    private final Set<String> otherRoles;
    private final Lexicon lexicon;
    final int yearsOfExperience;

    /**
     * @param others the other personas' artifacts: their employers and roles must not turn up in this one's documents
     */
    ClaimAudit(List<OwnArtifact> artifacts, List<String> neverClaim, Person candidate, LocalDate today,
            Lexicon lexicon, Collection<OwnArtifact> others) {
        this.artifacts = List.copyOf(artifacts);
        this.neverClaim = List.copyOf(neverClaim);
        this.candidate = candidate;
        this.lexicon = lexicon;
        this.corpus = artifacts.stream().flatMap(a -> a.fields().stream()).map(ClaimAudit::normalised)
                .collect(Collectors.joining("\n"));
        for (OwnArtifact a : artifacts) {
            a.skills().forEach(s -> declared.add(key(s)));
            a.fields().forEach(f -> numbers.addAll(numbers(f)));
            for (LocalDate date : Stream.of(a.startedOn(), a.endedOn()).filter(d -> d != null).toList()) {
                numbers.add(String.valueOf(date.getYear()));
                yearMonths.add(date.toString().substring(0, 7));
            }
            if (a.evidenceUrl() != null) {
                allowedLinks.add(a.evidenceUrl());
                byLink.put(a.evidenceUrl(), a);
            }
        }
        candidate.fields().forEach(f -> numbers.addAll(numbers(f)));
        allowedLinks.addAll(candidate.links());
        yearsOfExperience = yearsOfExperience(artifacts, today);
        numbers.add(String.valueOf(yearsOfExperience));
        otherOrganisations = others.stream().map(OwnArtifact::organisation).filter(o -> o != null && !said(o))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        otherRoles = others.stream().map(OwnArtifact::role).filter(r -> r != null && !said(r))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whole years the positions cover up to {@code today}, overlaps counted once. */
    static int yearsOfExperience(List<OwnArtifact> artifacts, LocalDate today) {
        List<LocalDate[]> spans = artifacts.stream().filter(a -> "POSITION".equals(a.kind()) && a.startedOn() != null)
                .map(a -> new LocalDate[] {a.startedOn(), a.endedOn() == null ? today : a.endedOn()})
                .sorted(Comparator.comparing(span -> span[0])).toList();
        long days = 0;
        LocalDate until = null;
        for (LocalDate[] span : spans) {
            LocalDate from = until != null && until.isAfter(span[0]) ? until : span[0];
            if (span[1].isAfter(from)) {
                days += ChronoUnit.DAYS.between(from, span[1]);
                until = span[1];
            }
        }
        return (int) (days / 365.25);
    }

    /**
     * What a document may name of the posting without claiming it: the role's title ("the … role", "Re: …"), the
     * employer ("… role at …", "What draws me to …" or "… to your team" when unnamed, a line of its own), and the employer's domains and values in
     * the sentence that says what draws the candidate to it.
     */
    record PostingNames(String title, String company, List<String> about) {

        String without(String text) {
            String out = text;
            if (present(title)) {
                String t = normalised(title);
                out = out.replace("the " + t + " role", "the" + GAP + "role").replace("Re: " + t, GAP);
            }
            if (present(company)) {
                String c = normalised(company);
                out = out.replace("role at " + c, "role at" + GAP).replace("What draws me to " + c,
                        "What draws me to" + GAP);
                out = Pattern.compile("(^|¦)\\s*" + Pattern.quote(c) + "\\s*(?=¦|$)").matcher(out)
                        .replaceAll("$1" + GAP);
            } else {
                out = out.replace("What draws me to your team ", "What draws me to" + GAP);
            }
            Matcher draws = Pattern.compile("What draws me to" + Pattern.quote(GAP) + "is [^¦]*?\\.(?= |$)")
                    .matcher(out);
            StringBuilder result = new StringBuilder();
            while (draws.find()) {
                String sentence = draws.group();
                for (String name : about.stream().map(ClaimAudit::normalised)
                        .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
                    sentence = sentence.replace(name, GAP);
                }
                draws.appendReplacement(result, Matcher.quoteReplacement(sentence));
            }
            draws.appendTail(result);
            return result.toString();
        }

        private static boolean present(String s) {
            return s != null && !s.isBlank();
        }
    }

    /** The text the document claims in the candidate's name (see the class comment). */
    String claims(ExportedText document, PostingNames posting) {
        StringBuilder text = new StringBuilder();
        for (String line : lines(document)) {
            if (HEADINGS.contains(letters(line)) || letters(line).startsWith("dear")) {
                text.append(GAP);
                continue;
            }
            text.append(line).append("DOCX".equals(document.format()) ? GAP : " ");
        }
        String claims = GAP + text.toString().replace("[evidence]", " ").replaceAll("\\s+", " ").strip();
        for (String field : candidate.fields().stream().map(ClaimAudit::normalised)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            claims = claims.replace(field, GAP);
        }
        return posting.without(claims.replaceAll("\\s+", " ")).replace("Re:", GAP).replaceAll("\\s+", " ");
    }

    /**
     * The document's paragraphs (DOCX) or lines (PDF). A PDF line that ends in a word's hyphen or slash was broken
     * there by the layout (FOP breaks lines after "-" and "/", and hyphenates nothing): it is joined to the next
     * line without a space, as a reader of the page would.
     */
    static List<String> lines(ExportedText document) {
        List<String> lines = new ArrayList<>();
        boolean open = false;
        for (ExportedText.Block block : document.blocks()) {
            String line = normalised(block.text());
            if (open) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line);
            } else {
                lines.add(line);
            }
            open = "PDF".equals(document.format()) && BROKEN.matcher(line).find();
        }
        return lines;
    }

    /** What the document claims that the persona's artifacts do not support. */
    List<Finding> audit(ExportedText document, PostingNames posting, Collection<String> postingSkills) {
        List<Finding> findings = new ArrayList<>();
        String claims = claims(document, posting);
        // skills: the Skills section item by item, then every name of the lexicon (and the posting's) in the claims
        for (String item : skillsSection(document)) {
            if (!supportedSkill(item)) {
                findings.add(new Finding(Kind.SKILL, "\"" + item + "\" in the Skills section"));
            }
        }
        Set<String> named = new LinkedHashSet<>(lexicon.foundIn(claims));
        named.addAll(new Lexicon(postingSkills).foundIn(claims));
        named.stream().filter(name -> !supportedSkill(name))
                .forEach(name -> findings.add(new Finding(Kind.SKILL, "\"" + name + "\"")));
        neverClaim.stream().filter(item -> mentions(claims, item))
                .forEach(item -> findings.add(new Finding(Kind.NEVER_CLAIM, "\"" + item + "\"")));
        // dates, then entries: the dates in parentheses and the title and employer just before them
        String undated = URL.matcher(EMAIL.matcher(claims).replaceAll(" ")).replaceAll(" ");
        Matcher ym = YEAR_MONTH.matcher(undated);
        while (ym.find()) {
            if (!yearMonths.contains(ym.group())) {
                findings.add(new Finding(Kind.DATE, ym.group() + " starts or ends no artifact"));
            }
        }
        Matcher my = MONTH_YEAR.matcher(undated);
        while (my.find()) {
            String iso = my.group(2) + "-" + String.format("%02d", MONTHS.indexOf(my.group(1)) + 1);
            if (!yearMonths.contains(iso)) {
                findings.add(new Finding(Kind.DATE, my.group() + " (" + iso + ") starts or ends no artifact"));
            }
        }
        entries(lines(document), findings);
        // numbers, dates taken out
        for (String number : numbers(MONTH_YEAR.matcher(YEAR_MONTH.matcher(undated).replaceAll(" "))
                .replaceAll(" "))) {
            if (!numbers.contains(number)) {
                findings.add(new Finding(YEAR.matcher(number).matches() ? Kind.DATE : Kind.NUMBER, number));

            }
        }
        // employers and job titles in the prose
        for (Pattern pattern : List.of(AT_EMPLOYER, IN_PARENTHESES)) {
            Matcher m = pattern.matcher(undated);
            while (m.find()) {
                String name = m.group(1).replaceAll("[.,;:]+$", "").strip();
                if (!said(name)) {
                    findings.add(new Finding(Kind.EMPLOYER, "\"" + name + "\""));
                }
            }
        }
        otherOrganisations.stream().filter(o -> mentions(claims, o))
                .forEach(o -> findings.add(new Finding(Kind.EMPLOYER, "\"" + o + "\", another persona's")));
        Matcher titles = JOB_TITLE.matcher(undated);
        while (titles.find()) {
            // a sentence's capitalised first word is not part of the title ("As Senior Backend Engineer at ...")
            String title = titles.group(1).strip().replaceFirst("^(?:As|In|At|For|With|By|The|A|An|My|Our)\\s+", "");
            if (!said(title) && !said(title.replaceAll("s$", ""))) {
                findings.add(new Finding(Kind.JOB_TITLE, "\"" + title + "\""));
            }
        }
        otherRoles.stream().filter(r -> mentions(claims, r))
                .forEach(r -> findings.add(new Finding(Kind.JOB_TITLE, "\"" + r + "\", another persona's")));
        links(document, findings);
        return findings;
    }

    /**
     * Each entry: a dates line ("Mar 2021 – Present") must be the dates of an artifact whose organisation is the
     * line above it and whose title (or role) the line above that (or, for an entry without organisation, the
     * title the line above).
     */
    private void entries(List<String> lines, List<Finding> findings) {
        for (int i = 0; i < lines.size(); i++) {
            String printed = lines.get(i).strip();
            if (!DATES_LINE.matcher(printed).matches()) {
                continue;
            }
            List<OwnArtifact> dated = artifacts.stream().filter(a -> a.printedDates().contains(printed)).toList();
            if (dated.isEmpty()) {
                findings.add(new Finding(Kind.DATE, "(" + printed + ") are no artifact's dates"));
                continue;
            }
            String above = i >= 1 ? lines.get(i - 1).strip().toLowerCase(Locale.ROOT) : "";
            String twoAbove = i >= 2 ? lines.get(i - 2).strip().toLowerCase(Locale.ROOT) : "";
            boolean employer = false;
            boolean title = false;
            for (OwnArtifact a : dated) {
                boolean withOrganisation = a.organisation() != null && !a.organisation().isBlank();
                if (withOrganisation && !above.equals(normalised(a.organisation()).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                employer = true;
                String titleLine = withOrganisation ? twoAbove : above;
                title |= Stream.of(a.title(), a.role(), a.role() == null ? null : a.role() + " — " + a.title())
                        .filter(t -> t != null).map(t -> normalised(t).toLowerCase(Locale.ROOT))
                        .anyMatch(titleLine::equals);
            }
            if (!employer) {
                findings.add(new Finding(Kind.EMPLOYER, "the entry dated (" + printed + ") names another employer: "
                        + tail(above)));
            } else if (!title) {
                findings.add(new Finding(Kind.JOB_TITLE, "the entry dated (" + printed + ") has another title: "
                        + tail(twoAbove + " / " + above)));
            }
        }
    }

    /** "Mar 2021": a month as entries print it, from this class's own month names. */
    static String monthYear(LocalDate date) {
        return MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    private void links(ExportedText document, List<Finding> findings) {
        Set<String> printed = new LinkedHashSet<>(document.links());
        List<String> lines = lines(document);
        List<ExportedText.Block> blocks = "PDF".equals(document.format())
                ? lines.stream().map(line -> new ExportedText.Block(line, null, List.of())).toList()
                : document.blocks();
        for (ExportedText.Block block : blocks) {
            Set<String> here = new LinkedHashSet<>(block.links());
            Matcher m = URL.matcher(block.text());
            while (m.find()) {
                here.add(m.group().replaceAll("[.,;:)]+$", ""));
            }
            printed.addAll(here);
            if (!"DOCX".equals(document.format())) {
                continue;
            }
            String words = words(block.text());
            for (String url : here) {
                OwnArtifact source = byLink.get(url);
                if (source != null && !quotes(words, words(source.description()))) {
                    findings.add(new Finding(Kind.LINK, url + " beside words its artifact does not say: "
                            + tail(block.text())));
                }
            }
        }
        printed.stream().filter(url -> !allowedLinks.contains(url))
                .forEach(url -> findings.add(new Finding(Kind.LINK, url + " is no evidence link of the persona's")));
    }

    /** The items of the Skills section (a CV's; a letter has none). */
    static List<String> skillsSection(ExportedText document) {
        StringBuilder section = null;
        for (String line : lines(document)) {
            String heading = letters(line);
            if (section != null && HEADINGS.contains(heading)) {
                break;
            }
            if (section != null) {
                section.append(' ').append(line);
            } else if (heading.equals("skills")) {
                section = new StringBuilder();
            }
        }
        if (section == null) {
            return List.of();
        }
        return Stream.of(section.toString().split(",")).map(ClaimAudit::normalised).filter(s -> !s.isEmpty())
                .toList();
    }

    /** Whether the document says the phrase (for the evaluation's keyword coverage). */
    static boolean mentions(String text, String phrase) {
        String wanted = normalised(phrase);
        if (wanted.isEmpty()) {
            return false;
        }
        boolean exactCase = exactCase(wanted);
        String haystack = exactCase ? text : text.toLowerCase(Locale.ROOT);
        String needle = exactCase ? wanted : wanted.toLowerCase(Locale.ROOT);
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            if (boundaryBefore(haystack, at)
                    && (end >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private boolean supportedSkill(String name) {
        String key = key(name);
        if (declared.contains(key) || said(name)) {
            return true;
        }
        return ALIASES.getOrDefault(key, List.of()).stream().anyMatch(alias -> declared.contains(alias)
                || said(alias));
    }

    /** Whether some artifact's own text or declared skills say it. */
    private boolean said(String phrase) {
        return mentions(corpus, phrase);
    }

    /** Short names in capitals ("Go", "R", "SAS") are names only in their own case. */
    static boolean exactCase(String name) {
        return name.length() <= 4 && !name.substring(1).chars().anyMatch(Character::isLowerCase);
    }

    static boolean boundaryBefore(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    static Set<String> numbers(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text == null ? "" : text);
        while (m.find()) {
            found.add(m.group().replaceAll("(?<=\\d),(?=\\d{3})", ""));
        }
        return found;
    }

    /** Five words in a row of the source (all of it when shorter) appear in the text. */
    static boolean quotes(String text, String source) {
        String[] words = source.strip().split(" ");
        if (words.length <= 5) {
            return (" " + text + " ").contains(" " + source.strip() + " ");
        }
        for (int i = 0; i + 5 <= words.length; i++) {
            if ((" " + text + " ").contains(" " + String.join(" ", List.of(words).subList(i, i + 5)) + " ")) {
                return true;
            }
        }
        return false;
    }

    static String words(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    static String normalised(String text) {
        return text.replace('\u00a0', ' ').replace('’', '\'').replace('‘', '\'').replaceAll("\\s+", " ").strip();
    }

    static String key(String name) {
        return normalised(name).toLowerCase(Locale.ROOT);
    }

    private static String tail(String text) {
        return "\"…" + text.substring(Math.max(0, text.length() - 60)) + "\"";
    }

    /**
     * Names of skills to look for in a document: O*NET's technology examples, the personas' declared skills and
     * never-claim items, a posting's listed technologies and keywords. Looked up word by word (up to the longest
     * name), not with the application's taxonomy.
     */
    static final class Lexicon {

        private final Map<String, List<String>> byKey = new HashMap<>();
        private int longest = 1;

        Lexicon(Collection<String> names) {
            for (String name : names) {
                List<String> words = tokens(name);
                if (words.isEmpty()) {
                    continue;
                }
                byKey.computeIfAbsent(String.join(" ", words).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(String.join(" ", words));
                longest = Math.max(longest, words.size());
            }
        }

        /** The names the text holds, as the lexicon spells them. */
        Set<String> foundIn(String text) {
            List<String> words = tokens(text);
            Set<String> found = new LinkedHashSet<>();
            for (int i = 0; i < words.size(); i++) {
                StringBuilder phrase = new StringBuilder();
                for (int n = 1; n <= longest && i + n <= words.size(); n++) {
                    phrase.append(n == 1 ? "" : " ").append(words.get(i + n - 1));
                    List<String> names = byKey.get(phrase.toString().toLowerCase(Locale.ROOT));
                    if (names != null) {
                        String said = phrase.toString();
                        boolean oneWord = n == 1;
                        names.stream().filter(name -> oneWord ? name.equals(said)
                                : !exactCase(name) || name.equals(said)).findFirst()
                                .ifPresent(found::add);
                    }
                }
            }
            return found;
        }

        /** Words split at white space, quotes, brackets and end punctuation taken off ("C++", "Node.js" kept). */
        static List<String> tokens(String text) {
            List<String> tokens = new ArrayList<>();
            for (String raw : normalised(text).split(" ")) {
                String token = raw.equals("¦") ? raw
                        : raw.replaceAll("^[(\\[{\"']+", "").replaceAll("[.,;:!?)\\]}\"']+$", "");
                if (!token.isEmpty()) {
                    tokens.add(token);
                }
            }
            return tokens;
        }
    }
}
