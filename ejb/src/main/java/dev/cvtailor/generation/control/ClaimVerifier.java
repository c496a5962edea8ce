package dev.cvtailor.generation.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CoverLetterContent.Paragraph;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvSection;
import dev.cvtailor.generation.entity.CvContent.Bullet;
import dev.cvtailor.generation.entity.CvContent.Entry;
import dev.cvtailor.generation.entity.CvContent.Skill;
import dev.cvtailor.generation.entity.GenerationInput;
import dev.cvtailor.generation.entity.GenerationInput.BackedKeyword;
import dev.cvtailor.generation.entity.KeywordCoverage;
import dev.cvtailor.generation.entity.SourceArtifact;

/**
 * Checks a document, whoever wrote it, against the user's artifacts and takes out what they do not support: a
 * skill no artifact shows, a bullet citing an artifact the user does not own, a number (or year) the cited artifact
 * does not state, a name none writes (another employer, a certification, a raised title: {@link UnsupportedNames}),
 * a sentence copied from the posting, an evidence link of another artifact, an address that is not one of the
 * user's validated links.
 * Entries get their title, employer and dates from their artifact, the header from the request. Then the
 * critical keywords the user can back and the document lacks are worked in (as skills, or as a sentence of a
 * backing artifact), and the coverage is measured.
 */
public final class ClaimVerifier {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    /** An address as a claim would write it: with its scheme, or from "www.". */
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s,;)]+[^\\s,;).]");

    private final GenerationInput input;
    private final Function<String, Set<String>> skillsIn;
    private final Map<Long, SourceArtifact> owned = new LinkedHashMap<>();
    private final Set<String> validUrls = new HashSet<>();
    private final List<String> removed = new ArrayList<>();
    /** Per artifact, read once: the skills it supports, the numbers it states, its words. */
    private final Map<Long, ClaimSupport> supportOf = new HashMap<>();
    /** All the artifacts together: what a summary may draw on. */
    private final ClaimSupport all = new ClaimSupport();
    /** What a letter may draw on besides: the posting's domains and values, the candidate's name. */
    private final ClaimSupport letterSupport = new ClaimSupport();
    /** The posting's runs of words, which a sentence may not copy unless an artifact says them too. */
    private final Set<String> postingRuns;
    /** The posting's domains and values as whole words, which a letter may name when it speaks of the employer. */
    private final List<Pattern> whatTheEmployerIs;

    /**
     * @param skillsIn the taxonomy's skills a text names (canonical names), the way postings and artifacts are read
     */
    public ClaimVerifier(GenerationInput input, Function<String, Set<String>> skillsIn, LocalDate today) {
        this.input = input;
        this.skillsIn = skillsIn;
        for (SourceArtifact source : input.sources()) {
            owned.put(source.id(), source);
            ClaimSupport support = new ClaimSupport().add(source.text()).add(source.entryTitle());
            source.skills().forEach(skill -> support.skills.add(key(skill)));
            skillsIn.apply(source.text()).forEach(skill -> support.skills.add(key(skill)));
            support.numbers.addAll(Sentences.numbers(source.text()));
            Stream.of(source.startedOn(), source.endedOn()).filter(date -> date != null)
                    .forEach(date -> support.numbers.add(String.valueOf(date.getYear())));
            // the posting's spelling of a skill this artifact backs ("AWS") is its word too
            input.keywords().stream().filter(k -> k.artifactIds().contains(source.id()))
                    .forEach(k -> support.words.addAll(ClaimSupport.words(k.name())));
            supportOf.put(source.id(), support);
            all.addAll(support);
            source.validLinks().forEach(link -> validUrls.add(link.url()));
        }
        all.numbers.addAll(Sentences.numbers(String.valueOf(Experience.years(input.sources(), today))));
        all.numbers.addAll(postingNumbers());
        Stream.of(input.posting().title(), input.posting().company()).filter(s -> s != null)
                .forEach(named -> all.words.addAll(ClaimSupport.words(named)));
        letterSupport.addAll(all);
        Stream.concat(input.posting().domains().stream(), input.posting().values().stream())
                .forEach(named -> letterSupport.words.addAll(ClaimSupport.words(named)));
        letterSupport.words.addAll(ClaimSupport.words(String.valueOf(input.candidate().name())));
        postingRuns = ClaimSupport.runs(ClaimSupport.words(String.valueOf(input.posting().text())));
        whatTheEmployerIs = Stream.concat(input.posting().domains().stream(), input.posting().values().stream())
                .map(term -> Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])"))
                .toList();
    }

    private Set<String> postingNumbers() {
        Set<String> numbers = new HashSet<>(Sentences.numbers(input.posting().title()));
        numbers.addAll(Sentences.numbers(input.posting().company()));
        return numbers;
    }

    /** A verified CV and its keyword coverage. */
    public record VerifiedCv(CvContent content, KeywordCoverage coverage) {
    }

    /** A verified cover letter and its keyword coverage. */
    public record VerifiedLetter(CoverLetterContent content, KeywordCoverage coverage) {
    }

    public VerifiedCv verify(CvContent draft) {
        List<Skill> skills = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> listedSkills = new HashSet<>();
        for (Skill skill : draft.skills()) {
            if (skill.name() == null || skill.name().isBlank() || !seen.add(key(skill.name()))) {
                continue;
            }
            // one skill under two aliases ("AWS", "Amazon Web Services") is listed once, as first named
            Set<String> same = taxonomyNamesOf(skill.name());
            if (!same.isEmpty() && listedSkills.containsAll(same)) {
                continue;
            }
            if (supported(skill.name())) {
                listedSkills.addAll(same);
                skills.add(new Skill(skill.name().strip(), skill.category()));
            } else {
                removed.add("skill \"" + skill.name() + "\": no artifact shows it");
            }
        }
        CvContent cv = new CvContent(TemplateCvGenerator.header(input.candidate()),
                checkedProse(draft.summary(), all, "summary"), skills, entries(draft.experience()),
                entries(draft.projects()), entries(draft.education()), entries(draft.certifications()),
                entries(draft.publications()), entries(draft.awards()));
        cv = workInMissingKeywords(cv);
        return new VerifiedCv(cv, coverage(CvPlainText.render(cv)));
    }

    public VerifiedLetter verify(CoverLetterContent draft) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Paragraph paragraph : draft.paragraphs()) {
            List<Long> cited = paragraph.artifactIds().stream().filter(id -> {
                boolean mine = owned.containsKey(id);
                if (!mine) {
                    removed.add("citation of artifact " + id + ": not one of the user's");
                }
                return mine;
            }).distinct().toList();
            ClaimSupport support = cited.isEmpty() ? letterSupport : citing(cited);
            String text = checkedProse(paragraph.text(), support, "letter");
            if (!text.isBlank()) {
                paragraphs.add(new Paragraph(text, cited));
            }
        }
        CoverLetterContent letter = new CoverLetterContent(TemplateCvGenerator.header(input.candidate()),
                new CoverLetterContent.Recipient(input.posting().company(), input.posting().title(),
                        input.posting().contact()), paragraphs,
                draft.closing() == null || draft.closing().isBlank() ? "Kind regards,\n" + input.candidate().name()
                        : checkedProse(draft.closing(), letterSupport, "closing"));
        letter = workInMissingKeywords(letter);
        return new VerifiedLetter(letter, coverage(claims(letter)));
    }

    /** What a letter's paragraph citing the artifacts may draw on: their numbers, and the letter's words. */
    private ClaimSupport citing(List<Long> cited) {
        ClaimSupport support = new ClaimSupport().addAll(letterSupport);
        support.numbers.clear();
        cited.forEach(id -> support.numbers.addAll(supportOf.get(id).numbers));
        support.numbers.addAll(postingNumbers());
        return support;
    }

    private List<Entry> entries(List<Entry> drafts) {
        List<Entry> entries = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        for (Entry draft : drafts) {
            Long artifactId = draft.artifactId() != null ? draft.artifactId()
                    : draft.bullets().stream().map(Bullet::artifactId).findFirst().orElse(null);
            SourceArtifact source = artifactId == null ? null : owned.get(artifactId);
            if (source == null || !used.add(source.id())) {
                removed.add("entry \"" + draft.title() + "\": " + (source == null
                        ? "no artifact of the user's behind it" : "shown twice"));
                continue;
            }
            List<Bullet> bullets = draft.bullets().stream().map(this::checked).filter(b -> b != null).toList();
            entries.add(new Entry(source.id(), source.entryTitle(), source.organisation(), source.startedOn(), source.endedOn(),
                    bullets));
        }
        return entries;
    }

    /** The bullet, its links narrowed to its artifact's, or null when it cannot stay. */
    private Bullet checked(Bullet bullet) {
        SourceArtifact source = owned.get(bullet.artifactId());
        if (source == null || bullet.text() == null || bullet.text().isBlank()) {
            removed.add("bullet \"" + bullet.text() + "\": it cites no artifact of the user's");
            return null;
        }
        String problem = problem(bullet.text(), supportOf.get(source.id()), false);
        if (problem != null) {
            removed.add("bullet \"" + bullet.text() + "\": " + problem);
            return null;
        }
        List<Long> links = bullet.evidenceLinkIds().stream().filter(source.linkIds()::contains).distinct().toList();
        if (links.size() < bullet.evidenceLinkIds().size()) {
            removed.add("evidence links of another artifact on a bullet of artifact " + source.id());
        }
        return new Bullet(bullet.text().strip(), source.id(), links);
    }

    /** The prose with each sentence that claims what the artifacts do not support taken out. */
    private String checkedProse(String prose, ClaimSupport support, String where) {
        if (prose == null || prose.isBlank()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String sentence : sentences(prose.strip())) {
            String problem = problem(sentence, support, !where.equals("summary"));
            if (problem == null) {
                kept.add(sentence);
            } else {
                removed.add(where + " sentence \"" + sentence + "\": " + problem);
            }
        }
        return String.join(" ", kept);
    }

    /** The prose's sentences, never cut inside the posting's title or employer (".NET", "Acme Inc."). */
    private List<String> sentences(String prose) {
        char[] masked = prose.toCharArray();
        for (String named : Stream.of(input.posting().title(), input.posting().company())
                .filter(s -> s != null && !s.isBlank()).toList()) {
            for (int at = prose.indexOf(named); at >= 0; at = prose.indexOf(named, at + 1)) {
                java.util.Arrays.fill(masked, at, at + named.length(), 'x');
            }
        }
        List<String> sentences = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(new String(masked));
        int start = 0;
        while (end.find()) {
            sentences.add(prose.substring(start, end.start()));
            start = end.end();
        }
        sentences.add(prose.substring(start));
        return sentences;
    }

    /**
     * What is wrong with a sentence, or null. The posting's employer and "the" posting's title may be named freely
     * (not as the user's own title: "as Lead Engineer" is a claim).
     */
    private String problem(String sentence, ClaimSupport support, boolean inLetter) {
        String claim = inLetter ? withoutWhatTheEmployerIs(sentence) : sentence;
        if (input.posting().title() != null && !input.posting().title().isBlank()) {
            claim = claim.replace("the " + input.posting().title(), "the ");
        }
        if (input.posting().company() != null && !input.posting().company().isBlank()) {
            claim = claim.replace(input.posting().company(), " ");
        }
        var urls = URL.matcher(claim);
        while (urls.find()) {
            if (!validUrls.contains(urls.group()) && !validUrls.contains("https://" + urls.group())) {
                return "the address " + urls.group() + " is not one of the user's validated evidence links";
            }
        }
        claim = URL.matcher(claim).replaceAll(" ");
        for (String number : Sentences.numbers(claim)) {
            if (!support.numbers.contains(number)) {
                return "the number " + number + " is not in the artifact";
            }
        }
        for (String skill : skillsIn.apply(claim)) {
            if (!support.skills.contains(key(skill))) {
                return "no artifact shows " + skill;
            }
        }
        String name = UnsupportedNames.firstIn(claim, support);
        if (name != null) {
            return "no artifact names " + name;
        }
        for (String run : ClaimSupport.runs(ClaimSupport.words(claim))) {
            if (postingRuns.contains(run) && !all.runs.contains(run)) {
                return "it copies the posting (\"" + run + "\")";
            }
        }
        return null;
    }

    /**
     * A letter's sentence about the employer may name the posting's domains and values ("its work in
     * e-commerce") without claiming them; the sentence names the employer ("your team" when the posting does not).
     */
    private String withoutWhatTheEmployerIs(String sentence) {
        String company = input.posting().company();
        boolean aboutTheEmployer = company != null && !company.isBlank() ? sentence.contains(company)
                : Sentences.says(sentence, "your team");
        if (!aboutTheEmployer) {
            return sentence;
        }
        String claim = sentence;
        for (Pattern term : whatTheEmployerIs) {
            claim = term.matcher(claim).replaceAll(" ");
        }
        return claim;
    }

    /**
     * Whether an item of the skills list is a skill the artifacts show: by name, or by the taxonomy's names for
     * it when the artifacts write each of its words ("Google Analytics Individual Qualification" names Google
     * Analytics, and claims more).
     */
    private boolean supported(String skill) {
        if (all.skills.contains(key(skill))) {
            return true;
        }
        Set<String> named = taxonomyNamesOf(skill);
        return !named.isEmpty() && named.stream().allMatch(name -> all.skills.contains(key(name)))
                && all.words.containsAll(ClaimSupport.words(skill));
    }

    /**
     * The taxonomy's names for what a skill name says: those the text names, or, for the posting's own spelling of
     * a keyword ("AWS"), the keyword's skill (a bare acronym opens its "sentence", where the prose reading is wary).
     */
    private Set<String> taxonomyNamesOf(String name) {
        Set<String> names = new java.util.LinkedHashSet<>(skillsIn.apply(name));
        input.keywords().stream().filter(k -> k.skill() != null && k.term() != null
                && k.term().strip().equalsIgnoreCase(name.strip())).forEach(k -> names.add(k.skill()));
        return names;
    }

    private CvContent workInMissingKeywords(CvContent cv) {
        String text = CvPlainText.render(cv);
        List<Skill> skills = new ArrayList<>(cv.skills());
        Map<Long, List<Bullet>> extra = new HashMap<>();
        for (BackedKeyword keyword : input.keywords()) {
            if (!keyword.critical() || !keyword.backed() || mentions(text, keyword)) {
                continue;
            }
            if (keyword.skill() != null && supported(keyword.skill())) {
                skills.add(new Skill(keyword.name(), null));
                continue;
            }
            sentenceSaying(keyword).ifPresent(bullet -> extra.computeIfAbsent(bullet.artifactId(),
                    id -> new ArrayList<>()).add(bullet));
        }
        CvContent withSkills = cv.withSkills(skills);
        if (extra.isEmpty()) {
            return withSkills;
        }
        return withSkills.with(CvSection.EXPERIENCE, withExtra(cv.experience(), extra))
                .with(CvSection.PROJECTS, withExtra(cv.projects(), extra));
    }

    /** What a letter says in the user's name: its paragraphs and closing, not its salutation or addresses. */
    static String claims(CoverLetterContent letter) {
        return letter.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"))
                + "\n" + letter.closing();
    }

    private CoverLetterContent workInMissingKeywords(CoverLetterContent letter) {
        String text = claims(letter);
        List<BackedKeyword> missing = input.keywords().stream()
                .filter(k -> k.critical() && k.backed() && k.skill() != null && supported(k.skill())
                        && !mentions(text, k))
                .toList();
        if (missing.isEmpty() || letter.paragraphs().isEmpty()) {
            return letter;
        }
        List<Paragraph> paragraphs = new ArrayList<>(letter.paragraphs());
        Paragraph first = paragraphs.get(0);
        List<Long> ids = Stream.concat(first.artifactIds().stream(),
                missing.stream().map(k -> k.artifactIds().get(0))).distinct().toList();
        paragraphs.set(0, new Paragraph(first.text() + " I have also worked with "
                + Words.list(missing.stream().map(BackedKeyword::skill).distinct().toList()) + ".", ids));
        return new CoverLetterContent(letter.header(), letter.recipient(), paragraphs, letter.closing());
    }

    private static List<Entry> withExtra(List<Entry> entries, Map<Long, List<Bullet>> extra) {
        return entries.stream().map(entry -> {
            List<Bullet> more = extra.remove(entry.artifactId());
            if (more == null) {
                return entry;
            }
            List<Bullet> bullets = new ArrayList<>(entry.bullets());
            bullets.addAll(more);
            return new Entry(entry.artifactId(), entry.title(), entry.organisation(), entry.startedOn(),
                    entry.endedOn(), bullets);
        }).toList();
    }

    /** A sentence of a backing artifact that says the keyword, as a bullet of that artifact. */
    private java.util.Optional<Bullet> sentenceSaying(BackedKeyword keyword) {
        for (long id : keyword.artifactIds()) {
            SourceArtifact source = owned.get(id);
            if (source == null) {
                continue;
            }
            for (String sentence : Stream.of(source.summary(), source.description(), source.bodyText())
                    .flatMap(t -> Sentences.of(t).stream()).toList()) {
                if (Sentences.says(sentence, keyword.term())) {
                    return java.util.Optional.of(new Bullet(Sentences.tightened(sentence), id, source.validLinkIds()));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean mentions(String text, BackedKeyword keyword) {
        return Sentences.says(text, keyword.term()) || Sentences.says(text, keyword.name());
    }

    private KeywordCoverage coverage(String text) {
        List<String> covered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int backedCritical = 0;
        for (BackedKeyword keyword : input.keywords()) {
            if (!keyword.critical() || covered.contains(keyword.name()) || missing.contains(keyword.name())) {
                continue;
            }
            if (!keyword.backed()) {
                missing.add(keyword.name());
                continue;
            }
            backedCritical++;
            if (mentions(text, keyword)) {
                covered.add(keyword.name());
            }
        }
        String claims = text;
        for (String named : Stream.of(input.posting().title(), input.posting().company())
                .filter(s -> s != null && !s.isBlank()).toList()) {
            claims = claims.replace(named, " ");
        }
        List<String> unsupported = skillsIn.apply(claims).stream()
                .filter(skill -> !all.skills.contains(key(skill))).sorted().toList();
        double ratio = backedCritical == 0 ? 1 : (double) covered.size() / backedCritical;
        return new KeywordCoverage(Math.round(ratio * 1000) / 1000.0, covered, missing, unsupported, removed);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
