package dev.cvtailor.generation.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CoverLetterContent.Paragraph;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvContent.Bullet;
import dev.cvtailor.generation.entity.CvContent.Entry;
import dev.cvtailor.generation.entity.CvContent.Skill;
import dev.cvtailor.generation.entity.CvDraft;
import dev.cvtailor.generation.entity.GenerationInput;
import dev.cvtailor.generation.entity.GenerationInput.BackedKeyword;
import dev.cvtailor.generation.entity.LetterDraft;
import dev.cvtailor.generation.entity.SourceArtifact;
import dev.cvtailor.platform.entity.JsonColumn;

/**
 * What the language model is given and how its drafts become documents. It sees the posting's text (clipped) with
 * the keywords the user can back, and the best-matched artifacts; never the keywords nobody backs, never the
 * candidate's contact details. Its drafts are mapped onto the artifacts they cite: titles, employers and dates
 * come from the artifacts. The verifier still checks every word afterwards.
 */
public final class LlmDocumentGenerator {

    static final int MAX_POSTING = 8_000;
    static final int MAX_ARTIFACTS = 15;
    static final int MAX_ARTIFACT_TEXT = 3_000;

    private LlmDocumentGenerator() {
    }

    public static LlmTask cvTask(GenerationInput input) {
        String posting = posting(input);
        String artifacts = artifacts(input);
        String tone = input.tone().name().toLowerCase(java.util.Locale.ROOT);
        String length = input.length().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return writer -> writer.cv(posting, artifacts, tone, length);
    }

    public static LlmTask coverLetterTask(GenerationInput input) {
        String posting = posting(input);
        String artifacts = artifacts(input);
        String tone = input.tone().name().toLowerCase(java.util.Locale.ROOT);
        return writer -> writer.coverLetter(posting, artifacts, tone);
    }

    static String posting(GenerationInput input) {
        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("title", input.posting().title());
        posting.put("company", input.posting().company());
        posting.put("keywordsTheCandidateCanBack", input.keywords().stream().filter(BackedKeyword::backed)
                .map(k -> Map.of("name", k.name(), "critical", k.critical())).distinct().toList());
        String text = input.posting().text() == null ? "" : input.posting().text();
        posting.put("text", text.length() > MAX_POSTING ? text.substring(0, MAX_POSTING) : text);
        return JsonColumn.write(posting);
    }

    static String artifacts(GenerationInput input) {
        List<Map<String, Object>> artifacts = new ArrayList<>();
        for (SourceArtifact source : input.sources().stream().limit(MAX_ARTIFACTS).toList()) {
            Map<String, Object> artifact = new LinkedHashMap<>();
            artifact.put("id", source.id());
            artifact.put("kind", source.kind().name());
            artifact.put("title", source.entryTitle());
            artifact.put("organisation", source.organisation());
            artifact.put("from", source.startedOn() == null ? null : source.startedOn().toString());
            artifact.put("to", source.endedOn() == null ? null : source.endedOn().toString());
            String text = Stream.of(source.summary(), source.description(), source.bodyText())
                    .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining("\n"));
            artifact.put("text", text.length() > MAX_ARTIFACT_TEXT ? text.substring(0, MAX_ARTIFACT_TEXT) : text);
            artifact.put("skills", source.skills());
            artifact.put("evidence", source.validLinks().stream().map(SourceArtifact.EvidenceLink::url).toList());
            artifacts.add(artifact);
        }
        return JsonColumn.write(artifacts);
    }

    /** The draft placed on its artifacts: each entry in the section of its artifact's kind, in the draft's order. */
    public static CvContent cv(CvDraft draft, GenerationInput input) {
        Map<Long, SourceArtifact> sources = input.sources().stream()
                .collect(Collectors.toMap(SourceArtifact::id, s -> s, (a, b) -> a));
        List<Entry> experience = new ArrayList<>();
        List<Entry> projects = new ArrayList<>();
        List<Entry> education = new ArrayList<>();
        List<Entry> certifications = new ArrayList<>();
        List<Entry> publications = new ArrayList<>();
        List<Entry> awards = new ArrayList<>();
        for (CvDraft.DraftEntry entry : draft.entries() == null ? List.<CvDraft.DraftEntry>of() : draft.entries()) {
            if (entry == null) {
                continue;
            }
            SourceArtifact source = sources.get(entry.artifactId());
            List<Bullet> bullets = (entry.bullets() == null ? List.<String>of() : entry.bullets()).stream()
                    .filter(b -> b != null && !b.isBlank())
                    .map(b -> new Bullet(b.strip(), entry.artifactId(),
                            source == null ? List.of() : source.validLinkIds()))
                    .toList();
            Entry placed = new Entry(entry.artifactId(), null, null, null, null, bullets);
            if (source == null) {
                experience.add(placed); // the verifier removes it and says why
                continue;
            }
            switch (source.kind()) {
                case POSITION -> experience.add(placed);
                case EDUCATION -> education.add(placed);
                case CERTIFICATION -> certifications.add(placed);
                case PROJECT -> projects.add(placed);
                case PUBLICATION -> publications.add(placed);
                case AWARD -> awards.add(placed);
            }
        }
        List<Skill> skills = (draft.skills() == null ? List.<String>of() : draft.skills()).stream()
                .filter(s -> s != null && !s.isBlank()).map(s -> new Skill(s.strip(), null)).toList();
        return new CvContent(TemplateCvGenerator.header(input.candidate()), draft.summary(), skills, experience,
                projects, education, certifications, publications, awards);
    }

    public static CoverLetterContent coverLetter(LetterDraft draft, GenerationInput input) {
        List<Paragraph> paragraphs = (draft.paragraphs() == null ? List.<LetterDraft.DraftParagraph>of()
                : draft.paragraphs()).stream()
                .filter(p -> p != null && p.text() != null && !p.text().isBlank())
                .map(p -> new Paragraph(p.text().strip(), p.artifactIds()))
                .toList();
        return new CoverLetterContent(TemplateCvGenerator.header(input.candidate()),
                new CoverLetterContent.Recipient(input.posting().company(), input.posting().title(),
                        input.posting().contact()), paragraphs,
                draft.closing());
    }
}
