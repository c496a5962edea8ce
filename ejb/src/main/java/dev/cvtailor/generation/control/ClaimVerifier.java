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
 * skill no artifact shows, a bullet citing an artifact the user does not own, a number the cited artifact does
 * not state, an evidence link of another artifact, an address that is not one of the user's validated links.
 * Entries get their title, employer and dates from their artifact, the header from the request. Then the
 * critical keywords the user can back and the document lacks are worked in (as skills, or as a sentence of a
 * backing artifact), and the coverage is measured.
 */
public final class ClaimVerifier {

    private static final Pattern URL = Pattern.compile("https?://[^\\s,;)]+[^\\s,;).]");

    private final GenerationInput input;
    private final Function<String, Set<String>> skillsIn;
    private final Map<Long, SourceArtifact> owned = new LinkedHashMap<>();
    private final Set<String> supportedSkills = new HashSet<>();
    private final Set<String> allNumbers = new HashSet<>();
    private final Set<String> validUrls = new HashSet<>();
    private final List<String> removed = new ArrayList<>();
    /** Per artifact, read once: the skills it supports and the numbers it states. */
    private final Map<Long, Set<String>> skillsOf = new HashMap<>();
    private final Map<Long, Set<String>> numbersOf = new HashMap<>();

    /**
     * @param skillsIn the taxonomy's skills a text names (canonical names), the way postings and artifacts are read
     */
    public ClaimVerifier(GenerationInput input, Function<String, Set<String>> skillsIn, LocalDate today) {
        this.input = input;
        this.skillsIn = skillsIn;
        for (SourceArtifact source : input.sources()) {
            owned.put(source.id(), source);
            Set<String> skills = new HashSet<>();
            source.skills().forEach(skill -> skills.add(key(skill)));
            skillsIn.apply(source.text()).forEach(skill -> skills.add(key(skill)));
            skillsOf.put(source.id(), skills);
            supportedSkills.addAll(skills);
            numbersOf.put(source.id(), Sentences.numbers(source.text()));
            allNumbers.addAll(numbersOf.get(source.id()));
            source.validLinks().forEach(link -> validUrls.add(link.url()));
        }
        allNumbers.addAll(Sentences.numbers(String.valueOf(Experience.years(input.sources(), today))));
        allNumbers.addAll(Sentences.numbers(input.posting().title()));
        allNumbers.addAll(Sentences.numbers(input.posting().company()));
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
                checkedProse(draft.summary(), allNumbers, "summary"), skills, entries(draft.experience()),
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
            Set<String> numbers = cited.isEmpty() ? allNumbers : cited.stream()
                    .flatMap(id -> numbersOf.get(id).stream()).collect(Collectors.toSet());
            if (!cited.isEmpty()) {
                numbers.addAll(Sentences.numbers(input.posting().title()));
                numbers.addAll(Sentences.numbers(input.posting().company()));
            }
            String text = checkedProse(paragraph.text(), numbers, "letter");
            if (!text.isBlank()) {
                paragraphs.add(new Paragraph(text, cited));
            }
        }
        CoverLetterContent letter = new CoverLetterContent(TemplateCvGenerator.header(input.candidate()),
                new CoverLetterContent.Recipient(input.posting().company(), input.posting().title()), paragraphs,
                draft.closing() == null || draft.closing().isBlank() ? "Kind regards,\n" + input.candidate().name()
                        : checkedProse(draft.closing(), allNumbers, "closing"));
        letter = workInMissingKeywords(letter);
        return new VerifiedLetter(letter, coverage(claims(letter)));
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
        String problem = problem(bullet.text(), numbersOf.get(source.id()), skillsOf.get(source.id()));
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
    private String checkedProse(String prose, Set<String> numbers, String where) {
        if (prose == null || prose.isBlank()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String sentence : prose.strip().split("(?<=[.!?])\\s+")) {
            String problem = problem(sentence, numbers, supportedSkills);
            if (problem == null) {
                kept.add(sentence);
            } else {
                removed.add(where + " sentence \"" + sentence + "\": " + problem);
            }
        }
        return String.join(" ", kept);
    }

    /** What is wrong with a sentence, or null. The posting's own title and employer may be named freely. */
    private String problem(String sentence, Set<String> numbers, Set<String> skills) {
        String claim = sentence;
        for (String named : Stream.of(input.posting().title(), input.posting().company())
                .filter(s -> s != null && !s.isBlank()).toList()) {
            claim = claim.replace(named, " ");
        }
        var urls = URL.matcher(claim);
        while (urls.find()) {
            if (!validUrls.contains(urls.group())) {
                return "the address " + urls.group() + " is not one of the user's validated evidence links";
            }
        }
        claim = URL.matcher(claim).replaceAll(" ");
        for (String number : Sentences.numbers(claim)) {
            if (!numbers.contains(number)) {
                return "the number " + number + " is not in the artifact";
            }
        }
        for (String skill : skillsIn.apply(claim)) {
            if (!skills.contains(key(skill))) {
                return "no artifact shows " + skill;
            }
        }
        return null;
    }

    private boolean supported(String skill) {
        if (supportedSkills.contains(key(skill))) {
            return true;
        }
        Set<String> named = taxonomyNamesOf(skill);
        return !named.isEmpty() && named.stream().allMatch(name -> supportedSkills.contains(key(name)));
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
                .filter(skill -> !supportedSkills.contains(key(skill))).sorted().toList();
        double ratio = backedCritical == 0 ? 1 : (double) covered.size() / backedCritical;
        return new KeywordCoverage(Math.round(ratio * 1000) / 1000.0, covered, missing, unsupported, removed);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
