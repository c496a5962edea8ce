package dev.cvtailor.generation.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CoverLetterContent.Paragraph;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvSection;
import dev.cvtailor.generation.entity.CvContent.Bullet;
import dev.cvtailor.generation.entity.CvContent.Entry;
import dev.cvtailor.generation.entity.GeneratedDocument;
import dev.cvtailor.generation.entity.KeywordCoverage;
import dev.cvtailor.generation.entity.Rewording;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.skills.boundary.SkillService;
import dev.cvtailor.skills.entity.SkillRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Puts new words into a document as a new version, through the same claim verifier as every generated text: whoever
 * proposed the words (a counsellor's suggestion the owner accepted), they go in only if the owner's artifacts
 * support them. When the verifier would take them out, nothing is stored and the refusal says why.
 */
@ApplicationScoped
public class DocumentReviser {

    @Inject
    GenerationInputs inputs;

    @Inject
    DocumentStore store;

    @Inject
    SkillService skills;

    public GeneratedDocument revise(GeneratedDocument base, Rewording rewording) {
        String text = rewording.text() == null ? "" : rewording.text().strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw ApplicationProblem.invalidField("text", "must be 1 to 2000 characters");
        }
        ClaimVerifier verifier = new ClaimVerifier(inputs.of(base), t -> skills.foundIn(t).stream()
                .map(SkillRef::name).collect(Collectors.toSet()), LocalDate.now());
        String note = "Version " + base.getVersion() + " with a reviewer's wording you accepted, checked against your"
                + " artifacts";
        if (base.cvContent() != null) {
            ClaimVerifier.VerifiedCv verified = verifier.verify(reworded(base.cvContent(), rewording, text));
            if (!kept(verified.content(), rewording, text)) {
                throw refused(verified.coverage(), text);
            }
            return store.insertRevision(base, verified.content(), CvPlainText.render(verified.content()),
                    verified.coverage(), note);
        }
        ClaimVerifier.VerifiedLetter verified = verifier.verify(reworded(base.coverLetterContent(), rewording, text));
        if (verified.content().paragraphs().stream().noneMatch(p -> p.text().equals(text))) {
            throw refused(verified.coverage(), text);
        }
        return store.insertRevision(base, verified.content(), CoverLetterPlainText.render(verified.content()),
                verified.coverage(), note);
    }

    /** Whether the anchor names a part of this document. */
    public static boolean exists(GeneratedDocument document, String section, Integer entry, Integer bullet) {
        if (section == null) {
            return false;
        }
        CvContent cv = document.cvContent();
        if (cv == null) {
            CoverLetterContent letter = document.coverLetterContent();
            return letter != null && switch (section) {
                case "paragraphs" -> entry != null && entry >= 0 && entry < letter.paragraphs().size() && bullet == null;
                case "closing", "header" -> entry == null && bullet == null;
                default -> false;
            };
        }
        return switch (section) {
            case "summary", "skills", "header" -> entry == null && bullet == null;
            case "experience", "projects", "education", "certifications" -> {
                List<Entry> entries = entries(cv, section);
                if (entry == null) {
                    yield bullet == null;
                }
                yield entry >= 0 && entry < entries.size()
                        && (bullet == null || bullet >= 0 && bullet < entries.get(entry).bullets().size());
            }
            default -> false;
        };
    }

    /** Whether words can be suggested for the part: a summary, a bullet or a letter's paragraph. */
    public static boolean rewordable(String section, Integer entry, Integer bullet) {
        return "summary".equals(section) && entry == null
                || "paragraphs".equals(section) && entry != null && bullet == null
                || CvSection.byAnchor(section).isPresent() && entry != null && bullet != null;
    }

    private static CvContent reworded(CvContent cv, Rewording at, String text) {
        if ("summary".equals(at.section())) {
            return cv.withSummary(text);
        }
        List<Entry> entries = entries(cv, at.section());
        if (at.entry() == null || at.bullet() == null || at.entry() < 0 || at.entry() >= entries.size()
                || at.bullet() < 0 || at.bullet() >= entries.get(at.entry()).bullets().size()) {
            throw ApplicationProblem.invalidField("anchor", "names no bullet of this document");
        }
        List<Entry> changed = new ArrayList<>(entries);
        Entry entry = entries.get(at.entry());
        List<Bullet> bullets = new ArrayList<>(entry.bullets());
        Bullet old = bullets.get(at.bullet());
        bullets.set(at.bullet(), new Bullet(text, old.artifactId(), old.evidenceLinkIds()));
        changed.set(at.entry(), new Entry(entry.artifactId(), entry.title(), entry.organisation(), entry.startedOn(),
                entry.endedOn(), bullets));
        return cv.with(CvSection.byAnchor(at.section()).orElseThrow(), changed);
    }

    private static CoverLetterContent reworded(CoverLetterContent letter, Rewording at, String text) {
        if (!"paragraphs".equals(at.section()) || at.entry() == null || at.entry() < 0
                || at.entry() >= letter.paragraphs().size()) {
            throw ApplicationProblem.invalidField("anchor", "names no paragraph of this letter");
        }
        List<Paragraph> paragraphs = new ArrayList<>(letter.paragraphs());
        paragraphs.set(at.entry(), new Paragraph(text, paragraphs.get(at.entry()).artifactIds()));
        return new CoverLetterContent(letter.header(), letter.recipient(), paragraphs, letter.closing());
    }

    private static boolean kept(CvContent verified, Rewording at, String text) {
        if ("summary".equals(at.section())) {
            return text.equals(verified.summary());
        }
        return entries(verified, at.section()).stream().flatMap(e -> e.bullets().stream())
                .anyMatch(b -> b.text().equals(text));
    }

    private static List<Entry> entries(CvContent cv, String section) {
        return CvSection.byAnchor(section).map(s -> s.entriesOf(cv)).orElseThrow(
                () -> ApplicationProblem.invalidField("anchor.section", "names no section with entries"));
    }

    private static ApplicationProblem refused(KeywordCoverage coverage, String text) {
        String why = coverage.removed().stream().filter(r -> r.contains(text)).findFirst()
                .map(r -> r.substring(r.lastIndexOf("\": ") + 3))
                .orElse("the verifier would change it");
        return new ApplicationProblem(ApplicationProblem.Kind.UNPROCESSABLE,
                "The suggested wording cannot go into your document: " + why
                        + ". Only what your artifacts support can be claimed.");
    }
}
