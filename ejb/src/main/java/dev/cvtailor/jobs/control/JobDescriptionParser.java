package dev.cvtailor.jobs.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cvtailor.jobs.entity.ParsedJobDescription;
import dev.cvtailor.jobs.entity.ParsedJobDescription.CompanySignals;
import dev.cvtailor.jobs.entity.ParsedJobDescription.Keyword;
import dev.cvtailor.jobs.entity.ParsedJobDescription.Requirements;
import dev.cvtailor.jobs.entity.ParsedJobDescription.Section;
import dev.cvtailor.jobs.entity.ParsedJobDescription.SectionKind;
import dev.cvtailor.skills.entity.SkillRef;

/**
 * Reads a job description without a language model. Lines are cleaned of bullets (dashes, dots, emoji) and
 * markdown; a short line that is a known heading ("Requirements", "WHAT YOU'LL DO", "Nice to have:") opens a
 * section, also when the content follows on the same line. Each sentence is judged on its own. Must-haves are
 * the sentences of requirement sections (in a posting without one, every sentence outside "about" and
 * "benefits"); nice-to-haves are those of bonus sections and sentences that say "a plus", "preferred",
 * "ideally", which win over the section they stand in. A sentence that is a list of short items is read as a
 * list of skill names ("Nice to have: Rust, Go"). Keywords are the
 * taxonomy's skills (found with its careful rules: "go" and "excel at" are words) plus multi-word terms the
 * posting repeats; a keyword is critical when a must-have line or the title names it, or when the posting
 * separates nothing and it is not only a plus. Weights add the section's weight, repetition, an early mention
 * and whether it is a technology.
 */
public final class JobDescriptionParser {

    static final double WEIGHT_REQUIRED = 3.0;
    static final double WEIGHT_RESPONSIBILITY = 2.0;
    static final double WEIGHT_OTHER = 1.5;
    static final double WEIGHT_PLUS = 1.0;
    static final int MAX_HEADING = 60;
    static final int MAX_TERMS = 10;

    private static final Set<String> STACK_HEADINGS = Set.of("technologies", "technology", "tech stack", "our stack",
            "our tech stack", "stack", "tools", "tools and technologies", "technologies we use", "tech");
    private static final Map<String, SectionKind> HEADINGS = headings();
    private static final Pattern BULLET = Pattern.compile("^[\\s\\-*+•·▪▫◦‣⁃●○■□➢➤►▶✓✔✅☑→»>\\p{So}\\p{Cs}\\uFE0F\\u200D]+");
    private static final Pattern NUMBERED = Pattern.compile("^\\(?\\d{1,2}[.)]\\s+");
    private static final Pattern PLUS_CUE = Pattern.compile("\\b(nice to have|nice-to-have|(is|are|would be) a "
            + "(big |huge )?plus|a plus|bonus|preferred|desirable|ideally|good to have|not required|optional)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEARS = Pattern.compile("(\\d{1,2})\\s*\\+?\\s*(?:(?:-|–|to)\\s*\\d{1,2}\\s*)?\\+?\\s*"
            + "years?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCATION = Pattern.compile("^(?:location|based in|office)\\s*:?\\s*(.{2,80})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LABELLED_COMPANY = Pattern.compile("^(?:company|employer)\\s*:\\s*(.{2,80})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOUT_NAME = Pattern.compile("^about\\s+([A-Z][\\w&.' -]{1,40})$");
    private static final Pattern STOPWORD = Pattern.compile("(?i)a|an|and|or|the|of|to|in|on|for|with|we|you|our|"
            + "your|is|are|be|will|as|at|by|from|that|this|it|its|their|they|all|any|can|into|who|what|which|have|"
            + "has|using|use|work|working|team|teams|etc|e\\.g|i\\.e|new|other|more|well|across|within|about");
    private static final Map<String, String> DOMAINS = Map.ofEntries(
            Map.entry("fintech", "finance"), Map.entry("payments", "finance"), Map.entry("banking", "finance"),
            Map.entry("financial services", "finance"), Map.entry("insurance", "finance"),
            Map.entry("healthcare", "healthcare"), Map.entry("health", "healthcare"), Map.entry("medical", "healthcare"),
            Map.entry("clinical", "healthcare"), Map.entry("hospital", "healthcare"), Map.entry("e-commerce", "e-commerce"),
            Map.entry("ecommerce", "e-commerce"), Map.entry("retail", "e-commerce"), Map.entry("marketplace", "e-commerce"),
            Map.entry("edtech", "education"), Map.entry("education", "education"), Map.entry("logistics", "logistics"),
            Map.entry("supply chain", "logistics"), Map.entry("gaming", "gaming"), Map.entry("games", "gaming"),
            Map.entry("media", "media"), Map.entry("streaming", "media"), Map.entry("cybersecurity", "security"),
            Map.entry("energy", "energy"), Map.entry("renewable", "energy"), Map.entry("climate", "energy"),
            Map.entry("saas", "software"), Map.entry("public sector", "public sector"),
            Map.entry("government", "public sector"), Map.entry("automotive", "automotive"),
            Map.entry("telecom", "telecommunications"), Map.entry("pharma", "pharmaceuticals"));
    private static final List<String> VALUES = List.of("diversity", "inclusion", "equal opportunity", "remote-first",
            "flexible working", "work-life balance", "sustainability", "ownership", "transparency", "collaboration",
            "innovation", "customer obsession", "learning", "growth", "autonomy", "impact", "integrity", "trust");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=[\\p{Lu}\\p{N}])");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|;|/|\\band\\b|\\bor\\b|&)\\s*");
    private static final int MAX_LIST_ITEM_WORDS = 3;
    private static final Pattern CLAUSE = Pattern.compile("\\s*(?:;|\\.\\s|\\band\\b|\\bplus\\b)\\s*");
    private static final Pattern OR = Pattern.compile("\\bor\\b|\\s/\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTERNATIVE_SEPARATOR = Pattern.compile("\\s*(?:,|\\bor\\b|\\s/\\s)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SLASHED = Pattern.compile("(?<![\\w/])([\\p{L}][\\w+#.-]*)/([\\p{L}][\\w+#.-]*)(?![\\w/])");

    /** How the parser finds the taxonomy's skills: in prose (careful with plain words) and in a list of names. */
    public interface Skills {

        Set<SkillRef> inProse(String text);

        Set<SkillRef> named(String name);

        /** The skills the text names, each with the text's spelling; the taxonomy's names when unknown. */
        default Map<SkillRef, String> spellingsIn(String text) {
            Map<SkillRef, String> spellings = new LinkedHashMap<>();
            inProse(text).forEach(skill -> spellings.put(skill, skill.name()));
            return spellings;
        }
    }

    private JobDescriptionParser() {
    }

    /**
     * Parses the text; {@code title} and {@code company}, when given, win over what the text suggests.
     */
    public static ParsedJobDescription parse(String text, String title, String company, Skills skills) {
        List<Section> sections = sections(text);
        // the title (and often the employer and place) can only be in the lines before any heading
        PostingHeader header = PostingHeader.of(sections.isEmpty() || sections.get(0).heading() != null
                ? List.of() : sections.get(0).lines(), name -> !skills.named(name).isEmpty());
        String postingTitle = given(title) ? title.strip() : header.title();
        String postingCompany = given(company) ? company.strip() : company(sections, header);
        Requirements requirements = requirements(sections);
        List<Keyword> keywords = keywords(text, postingTitle, sections, requirements, skills);
        return new ParsedJobDescription(postingTitle, postingCompany, location(sections, header),
                seniority(postingTitle, text),
                years(requirements, text), sections, requirements, keywords, signals(text));
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * The skills of a sentence: a list of short items ("Rust, Terraform and Kubernetes") is read as names, as a
     * user's list of skills is, so an item may open with a word like "Go"; anything else is prose.
     */
    private static Set<SkillRef> skillsIn(String unit, Skills skills) {
        String body = unit.replaceAll("[.!?]+$", "").strip();
        String[] items = LIST_SEPARATOR.split(body);
        boolean list = items.length > 0 && java.util.Arrays.stream(items)
                .allMatch(item -> !item.isBlank() && item.strip().split("\\s+").length <= MAX_LIST_ITEM_WORDS);
        if (!list) {
            return skills.inProse(unit);
        }
        Set<SkillRef> found = new LinkedHashSet<>(skills.inProse(unit));
        for (String item : items) {
            found.addAll(skills.named(item.strip()));
        }
        return found;
    }

    /** A section that lists the posting's technologies ("Tech stack", "Technologies"), often as bare tags. */
    private static boolean isStack(Section section) {
        return section.heading() != null && STACK_HEADINGS.contains(normalisedHeading(section.heading()));
    }

    /** The skills of a line of tags ("java spring-boot aws"), each tag read as a name. */
    private static Set<SkillRef> tags(String line, Skills skills) {
        Set<SkillRef> found = new LinkedHashSet<>(skillsIn(line, skills));
        for (String tag : line.split("[\\s,;|]+")) {
            if (!tag.isBlank()) {
                found.addAll(skills.named(tag));
            }
        }
        return found;
    }

    /**
     * The skills a requirement offers as alternatives, met by any one of them: "Go or Python", "Go, Rust or
     * Python", "Java/Kotlin" (unless the taxonomy knows the slashed name as one skill, as "CI/CD").
     */
    static List<Set<SkillRef>> alternatives(String unit, Skills skills) {
        List<Set<SkillRef>> groups = new ArrayList<>();
        for (String clause : CLAUSE.split(unit)) {
            if (OR.matcher(clause).find()) {
                Set<SkillRef> group = new LinkedHashSet<>();
                for (String item : ALTERNATIVE_SEPARATOR.split(clause)) {
                    group.addAll(skills.inProse(item));
                    if (!item.isBlank() && item.strip().split("\\s+").length <= MAX_LIST_ITEM_WORDS) {
                        group.addAll(skills.named(item.strip()));
                    }
                }
                if (group.size() >= 2) {
                    groups.add(group);
                }
            }
            Matcher slashed = SLASHED.matcher(clause);
            while (slashed.find()) {
                Set<SkillRef> first = skills.named(slashed.group(1));
                Set<SkillRef> second = skills.named(slashed.group(2));
                Set<SkillRef> whole = skills.named(slashed.group());
                boolean oneSkill = whole.size() == 1 && !first.containsAll(whole) && !second.containsAll(whole);
                if (!oneSkill && !first.isEmpty() && !second.isEmpty() && !first.equals(second)) {
                    Set<SkillRef> group = new LinkedHashSet<>(first);
                    group.addAll(second);
                    groups.add(group);
                }
            }
        }
        return groups;
    }

    /** The sentences of a line, each classified on its own. */
    private static List<String> units(Section section) {
        List<String> units = new ArrayList<>();
        for (String line : section.lines()) {
            for (String sentence : SENTENCE_END.split(line)) {
                if (!sentence.isBlank()) {
                    units.add(sentence.strip());
                }
            }
        }
        return units;
    }

    static List<Section> sections(String text) {
        List<Section> sections = new ArrayList<>();
        SectionKind kind = SectionKind.OTHER;
        String heading = null;
        List<String> lines = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").split("\n")) {
            String line = clean(raw);
            if (line.isEmpty()) {
                continue;
            }
            String[] asHeading = heading(line);
            if (asHeading != null) {
                if (!lines.isEmpty() || heading != null) {
                    sections.add(new Section(kind, heading, lines));
                }
                kind = HEADINGS.get(asHeading[0]);
                heading = asHeading[1];
                lines = new ArrayList<>();
                if (!asHeading[2].isEmpty()) {
                    lines.add(asHeading[2]);
                }
            } else {
                lines.add(line);
            }
        }
        if (!lines.isEmpty() || heading != null) {
            sections.add(new Section(kind, heading, lines));
        }
        return sections;
    }

    /** A line without its bullet, numbering, markdown emphasis or surrounding blanks. */
    static String clean(String raw) {
        String line = BULLET.matcher(raw.strip()).replaceFirst("");
        line = NUMBERED.matcher(line).replaceFirst("");
        return line.replaceAll("^#+\\s*", "").replace("**", "").replace("__", "").strip();
    }

    /** {phrase, heading as written, content after a colon} when the line is a heading, else null. */
    private static String[] heading(String line) {
        int colon = line.indexOf(':');
        String head = normalisedHeading(colon >= 0 ? line.substring(0, colon) : line);
        String rest = colon >= 0 ? line.substring(colon + 1).strip() : "";
        if (head.length() > MAX_HEADING || (colon < 0 && line.length() > MAX_HEADING)) {
            return null;
        }
        if (HEADINGS.containsKey(head) && (colon >= 0 || !line.endsWith("."))) {
            return new String[] {head, line.substring(0, colon >= 0 ? colon : line.length()).strip(), rest};
        }
        Matcher aboutName = ABOUT_NAME.matcher(line.strip());
        if (colon < 0 && aboutName.matches()) {
            return new String[] {"about", line.strip(), ""};
        }
        return null;
    }

    private static String normalisedHeading(String heading) {
        return heading.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}' -]", " ")
                .replaceAll("\\s+", " ").strip();
    }

    private static Requirements requirements(List<Section> sections) {
        boolean headed = sections.stream().anyMatch(s -> s.kind() == SectionKind.REQUIREMENTS);
        List<String> must = new ArrayList<>();
        List<String> plus = new ArrayList<>();
        for (Section section : sections) {
            for (String line : units(section)) {
                boolean saysPlus = PLUS_CUE.matcher(line).find();
                if (section.kind() == SectionKind.NICE_TO_HAVE || saysPlus && section.kind() != SectionKind.BENEFITS) {
                    plus.add(line);
                } else if (section.kind() == SectionKind.REQUIREMENTS
                        || !headed && section.kind() != SectionKind.BENEFITS && section.kind() != SectionKind.ABOUT) {
                    must.add(line);
                }
            }
        }
        return new Requirements(must, plus);
    }

    /** What is known of a keyword while the posting is read. */
    private static final class Mentions {
        final SkillRef skill;
        final String term;
        String anyOf;
        int count;
        boolean required;
        boolean onlyPlus = true;
        double sectionWeight;
        int firstOffset = Integer.MAX_VALUE;

        Mentions(SkillRef skill, String term) {
            this.skill = skill;
            this.term = term;
        }
    }

    private static List<Keyword> keywords(String text, String title, List<Section> sections, Requirements requirements,
            Skills skillsIn) {
        Set<String> must = new LinkedHashSet<>(requirements.mustHave());
        Set<String> plus = new LinkedHashSet<>(requirements.niceToHave());
        boolean separates = !must.isEmpty();
        Map<Long, Mentions> skills = new LinkedHashMap<>();
        if (title != null) {
            for (SkillRef skill : skillsIn(title, skillsIn)) {
                Mentions m = skills.computeIfAbsent(skill.id(), id -> new Mentions(skill, skill.name()));
                m.count++;
                m.required = true;
                m.onlyPlus = false;
                m.sectionWeight = WEIGHT_REQUIRED;
                m.firstOffset = 0;
            }
        }
        String lowerText = text.toLowerCase(Locale.ROOT);
        for (Section section : sections) {
            if (section.kind() == SectionKind.BENEFITS) {
                continue;
            }
            for (String line : units(section)) {
                boolean isPlus = plus.contains(line);
                boolean isMust = must.contains(line) && !isPlus;
                double weight = isMust ? WEIGHT_REQUIRED : isPlus ? WEIGHT_PLUS
                        : section.kind() == SectionKind.RESPONSIBILITIES ? WEIGHT_RESPONSIBILITY
                        : section.kind() == SectionKind.ABOUT ? WEIGHT_PLUS : WEIGHT_OTHER;
                int offset = lowerText.indexOf(line.toLowerCase(Locale.ROOT));
                Set<SkillRef> found = isStack(section) ? tags(line, skillsIn) : skillsIn(line, skillsIn);
                List<Set<SkillRef>> alternatives = alternatives(line, skillsIn);
                for (SkillRef skill : found) {
                    Mentions m = skills.computeIfAbsent(skill.id(), id -> new Mentions(skill, skill.name()));
                    m.count++;
                    m.required |= isMust || !separates && !isPlus && section.kind() != SectionKind.ABOUT;
                    m.onlyPlus &= isPlus;
                    m.sectionWeight = Math.max(m.sectionWeight, weight);
                    m.firstOffset = Math.min(m.firstOffset, offset < 0 ? Integer.MAX_VALUE : offset);
                    alternatives.stream().filter(group -> group.contains(skill)).findFirst()
                            .filter(group -> m.anyOf == null)
                            .ifPresent(group -> m.anyOf = group.stream().map(SkillRef::name)
                                    .collect(java.util.stream.Collectors.joining(" or ")));
                }
            }
        }
        // the posting's own spelling of each skill is what a document should echo ("AWS" where it says AWS)
        Map<SkillRef, String> spellings = skillsIn.spellingsIn(text);
        List<Keyword> keywords = new ArrayList<>();
        for (Mentions m : skills.values()) {
            boolean critical = m.required && !m.onlyPlus;
            keywords.add(new Keyword(postingSpelling(spellings.get(m.skill), m.term), m.skill.name(),
                    m.skill.category(), critical, weight(m, text.length()), m.anyOf));
        }
        keywords.addAll(repeatedTerms(sections, must, skills.values().stream().map(m -> m.term.toLowerCase(Locale.ROOT))
                .toList()));
        keywords.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        return keywords;
    }

    /** The posting's spelling when it is a proper one (capitalised: "AWS"), else the taxonomy's name. */
    private static String postingSpelling(String spelled, String name) {
        return spelled != null && !spelled.equals(spelled.toLowerCase(Locale.ROOT)) ? spelled : name;
    }

    private static double weight(Mentions m, int length) {
        double weight = m.sectionWeight + 0.5 * Math.min(m.count - 1, 4);
        if (m.firstOffset < length * 0.3) {
            weight += 0.5;
        }
        if (m.skill.isTechnology()) {
            weight += 0.25;
        }
        return Math.round(weight * 100) / 100.0;
    }

    /** Two- and three-word terms outside the taxonomy that the posting uses at least twice. */
    private static List<Keyword> repeatedTerms(List<Section> sections, Set<String> must, List<String> known) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> inMust = new LinkedHashSet<>();
        for (Section section : sections) {
            if (section.kind() == SectionKind.BENEFITS || section.kind() == SectionKind.ABOUT) {
                continue;
            }
            for (String line : units(section)) {
                String[] words = line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#.-]+");
                for (int n = 2; n <= 3; n++) {
                    for (int i = 0; i + n <= words.length; i++) {
                        String first = words[i];
                        String last = words[i + n - 1];
                        if (first.length() < 3 || last.length() < 3 || STOPWORD.matcher(first).matches()
                                || STOPWORD.matcher(last).matches() || !first.matches("\\p{L}+")
                                || !last.matches("\\p{L}+")) {
                            continue;
                        }
                        String term = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
                        if (known.stream().anyMatch(term::contains)) {
                            continue;
                        }
                        counts.merge(term, 1, Integer::sum);
                        if (must.contains(line)) {
                            inMust.add(term);
                        }
                    }
                }
            }
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .filter(e -> counts.keySet().stream().noneMatch(longer -> !longer.equals(e.getKey())
                        && longer.contains(e.getKey()) && counts.get(longer) >= e.getValue()))
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(MAX_TERMS)
                .map(e -> Keyword.of(e.getKey(), null, null, false,
                        Math.round((inMust.contains(e.getKey()) ? 1.5 : 1.0) * Math.min(e.getValue(), 4) * 50) / 100.0))
                .toList();
    }

    private static String company(List<Section> sections, PostingHeader header) {
        for (Section section : sections) {
            for (String line : section.lines()) {
                Matcher labelled = LABELLED_COMPANY.matcher(line);
                if (labelled.matches()) {
                    return labelled.group(1).strip();
                }
            }
            if (section.kind() == SectionKind.ABOUT && section.heading() != null) {
                Matcher about = ABOUT_NAME.matcher(section.heading());
                if (about.matches() && !about.group(1).toLowerCase(Locale.ROOT).matches("(us|the .*|you|this .*)")) {
                    return about.group(1).strip();
                }
            }
        }
        return header.company();
    }

    private static String location(List<Section> sections, PostingHeader header) {
        for (Section section : sections) {
            for (String line : section.lines()) {
                Matcher m = LOCATION.matcher(line);
                if (m.matches()) {
                    return m.group(1).strip();
                }
            }
        }
        if (header.location() != null) {
            return header.location();
        }
        String all = String.join(" ", sections.stream().flatMap(s -> s.lines().stream()).toList())
                .toLowerCase(Locale.ROOT);
        if (all.matches("(?s).*\\bfully remote\\b.*|.*\\bremote\\b.*")) {
            return all.contains("hybrid") ? "Hybrid" : "Remote";
        }
        return all.contains("hybrid") ? "Hybrid" : null;
    }

    static String seniority(String title, String text) {
        for (String source : new String[] {title, text}) {
            if (source == null) {
                continue;
            }
            String s = source.toLowerCase(Locale.ROOT);
            if (s.matches("(?s).*\\b(intern|internship|werkstudent)\\b.*")) {
                return "intern";
            }
            if (s.matches("(?s).*\\b(junior|jr\\.?|entry[- ]level|graduate)\\b.*")) {
                return "junior";
            }
            if (s.matches("(?s).*\\b(head of|director|vp|vice president)\\b.*")) {
                return "director";
            }
            if (s.matches("(?s).*\\bprincipal\\b.*")) {
                return "principal";
            }
            if (s.matches("(?s).*\\bstaff (engineer|developer|scientist)\\b.*")) {
                return "staff";
            }
            if (s.matches("(?s).*\\b(lead|team lead|tech lead)\\b.*") && source == title) {
                return "lead";
            }
            if (s.matches("(?s).*\\b(senior|sr\\.?)\\b.*")) {
                return "senior";
            }
            if (s.matches("(?s).*\\b(mid[- ]level|intermediate)\\b.*")) {
                return "mid";
            }
        }
        return null;
    }

    private static Integer years(Requirements requirements, String text) {
        for (String source : List.of(String.join("\n", requirements.mustHave()), text)) {
            Matcher m = YEARS.matcher(source);
            while (m.find()) {
                int years = Integer.parseInt(m.group(1));
                if (years > 0 && years <= 30) {
                    return years;
                }
            }
        }
        return null;
    }

    private static CompanySignals signals(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> domains = new LinkedHashSet<>();
        DOMAINS.forEach((word, domain) -> {
            if (Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(lower).find()) {
                domains.add(domain);
            }
        });
        List<String> values = VALUES.stream()
                .filter(v -> Pattern.compile("\\b" + Pattern.quote(v) + "\\b").matcher(lower).find()).toList();
        return new CompanySignals(domains.stream().sorted().toList(), values);
    }

    private static Map<String, SectionKind> headings() {
        Map<String, SectionKind> h = new LinkedHashMap<>();
        for (String s : List.of("nice to have", "nice to haves", "nice-to-have", "nice-to-haves", "bonus",
                "bonus points", "preferred", "preferred qualifications", "preferred skills", "preferred experience",
                "pluses", "plus", "good to have", "desirable", "desired skills", "desired qualifications",
                "would be a plus", "extra credit", "even better if", "it would be great if")) {
            h.put(s, SectionKind.NICE_TO_HAVE);
        }
        for (String s : List.of("benefits", "what we offer", "we offer", "perks", "perks and benefits",
                "benefits and perks", "compensation", "compensation and benefits", "why join us", "why us",
                "what's in it for you", "our offer", "what you get", "salary")) {
            h.put(s, SectionKind.BENEFITS);
        }
        for (String s : List.of("requirements", "requirement", "must have", "must haves", "must-have",
                "must-haves", "required", "required skills", "required qualifications", "required experience",
                "minimum qualifications", "basic qualifications", "qualifications", "what we're looking for",
                "what we are looking for", "who we're looking for", "what you bring", "what you'll bring",
                "what you need", "what you'll need", "what you need to succeed", "you have", "you bring", "about you",
                "who you are", "your profile", "profile", "skills", "skills and experience", "experience",
                "skills and qualifications", "technical skills", "your skills", "your experience", "we expect",
                "you should have", "ideal candidate", "the ideal candidate", "candidate profile")) {
            h.put(s, SectionKind.REQUIREMENTS);
        }
        for (String s : STACK_HEADINGS) {
            h.put(s, SectionKind.REQUIREMENTS);
        }
        for (String s : List.of("responsibilities", "key responsibilities", "your responsibilities",
                "what you'll do", "what you will do", "what you'll be doing", "what you will be doing", "your role",
                "the role", "role", "duties", "main duties", "day to day", "in this role", "your mission",
                "the job", "job description", "your tasks", "tasks", "what the job involves")) {
            h.put(s, SectionKind.RESPONSIBILITIES);
        }
        for (String s : List.of("about us", "about the company", "who we are", "about the team", "the team",
                "our company", "about", "overview", "summary", "about the role", "the opportunity",
                "company description", "our mission", "introduction")) {
            h.put(s, SectionKind.ABOUT);
        }
        return Map.copyOf(h);
    }
}
