package dev.cvtailor.generation.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.generation.entity.Candidate;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvContent.Bullet;
import dev.cvtailor.generation.entity.CvContent.Entry;
import dev.cvtailor.generation.entity.CvContent.Header;
import dev.cvtailor.generation.entity.CvContent.Skill;
import dev.cvtailor.generation.entity.GenerationInput;
import dev.cvtailor.generation.entity.PhoneForParsers;
import dev.cvtailor.generation.entity.GenerationInput.BackedKeyword;
import dev.cvtailor.generation.entity.Length;
import dev.cvtailor.generation.entity.SourceArtifact;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Builds a CV for a posting from the user's artifacts alone, deterministically: the same input gives the same CV.
 * Entries are chosen and ordered by how well their artifact matched; each bullet is a sentence of the artifact's
 * own text (the ones naming the posting's keywords and holding numbers first), tightened, never rewritten; skills
 * are the posting's backed keywords, critical first, then the artifacts' others. It is the default generator and
 * the fallback when a language model is not configured or not reachable.
 */
@ApplicationScoped
public class TemplateCvGenerator {

    static final int MAX_EDUCATION = 4;

    public CvContent generate(GenerationInput input, LocalDate today) {
        Length length = input.length();
        List<SourceArtifact> positions = ofKind(input, ArtifactKind.POSITION).limit(length.positions).toList();
        Set<Long> placed = new HashSet<>();
        List<Entry> experience = new ArrayList<>();
        for (SourceArtifact position : positions) {
            List<Bullet> bullets = new ArrayList<>(bullets(position, input, length.bulletsPerPosition));
            // a project done in that job shows under it, as one bullet of its own
            ofKind(input, ArtifactKind.PROJECT).filter(project -> within(project, position))
                    .filter(project -> placed.add(project.id()))
                    .forEach(project -> bullets.addAll(bullets(project, input, 1)));
            experience.add(entry(position, bullets));
            placed.add(position.id());
        }
        List<Entry> projects = ofKind(input, ArtifactKind.PROJECT)
                .filter(source -> !placed.contains(source.id()))
                .limit(length.projects)
                .map(source -> entry(source, bullets(source, input, length.bulletsPerProject)))
                .toList();
        List<Entry> publications = ofKind(input, ArtifactKind.PUBLICATION).limit(MAX_EDUCATION)
                .map(source -> entry(source, bullets(source, input, 1))).toList();
        List<Entry> awards = ofKind(input, ArtifactKind.AWARD).limit(MAX_EDUCATION)
                .map(source -> entry(source, bullets(source, input, 1))).toList();
        List<Entry> education = ofKind(input, ArtifactKind.EDUCATION).limit(MAX_EDUCATION)
                .map(source -> entry(source, bullets(source, input, 1))).toList();
        List<Entry> certifications = ofKind(input, ArtifactKind.CERTIFICATION).limit(MAX_EDUCATION)
                .map(source -> entry(source, List.of())).toList();
        List<Skill> skills = skills(input);
        return new CvContent(header(input.candidate()), summary(input, skills, today), skills, experience, projects,
                education, certifications, publications, awards);
    }

    static Header header(Candidate candidate) {
        return new Header(candidate.name(), candidate.email(), PhoneForParsers.of(candidate.phone()),
                candidate.location(), candidate.links());
    }

    /** The sources of a kind, best match first (the input's order). */
    private static Stream<SourceArtifact> ofKind(GenerationInput input, ArtifactKind kind) {
        return input.sources().stream().filter(source -> source.kind() == kind);
    }

    private static boolean within(SourceArtifact project, SourceArtifact position) {
        if (project.organisation() == null || position.organisation() == null
                || !project.organisation().strip().equalsIgnoreCase(position.organisation().strip())) {
            return false;
        }
        LocalDate start = project.startedOn();
        return start == null || position.startedOn() == null || (!start.isBefore(position.startedOn())
                && (position.endedOn() == null || !start.isAfter(position.endedOn())));
    }

    private static Entry entry(SourceArtifact source, List<Bullet> bullets) {
        return new Entry(source.id(), source.entryTitle(), source.organisation(), source.startedOn(), source.endedOn(), bullets);
    }

    /**
     * The artifact's best sentences as bullets: those naming more of the posting's backed keywords (critical ones
     * double) come first, a sentence with a number gains half a keyword, ties keep the text's order.
     */
    static List<Bullet> bullets(SourceArtifact source, GenerationInput input, int limit) {
        List<String> sentences = Stream.of(source.summary(), source.description(), source.bodyText())
                .flatMap(text -> Sentences.of(text).stream())
                .distinct()
                .toList();
        Map<String, Double> worth = new LinkedHashMap<>();
        for (String sentence : sentences) {
            double value = 0;
            for (BackedKeyword keyword : input.keywords()) {
                if (keyword.backed() && (Sentences.says(sentence, keyword.term())
                        || Sentences.says(sentence, keyword.name()))) {
                    value += keyword.critical() ? 2 : 1;
                }
            }
            worth.put(sentence, value + (Sentences.numbers(sentence).isEmpty() ? 0 : 0.5));
        }
        return sentences.stream()
                .sorted(Comparator.comparingDouble((String sentence) -> worth.get(sentence)).reversed())
                .limit(limit)
                .map(sentence -> new Bullet(Sentences.tightened(sentence), source.id(), source.validLinkIds()))
                .toList();
    }

    /**
     * The posting's backed keywords that are skills, critical first, in the posting's spelling ("AWS"); then the
     * best artifacts' other skills. The taxonomy's name of a skill listed in the posting's spelling is not listed
     * again ({@link ClaimVerifier} leaves out any other alias of a listed skill).
     */
    static List<Skill> skills(GenerationInput input) {
        Map<String, Skill> skills = new LinkedHashMap<>();
        input.keywords().stream()
                .filter(keyword -> keyword.backed() && keyword.skill() != null)
                .sorted(Comparator.comparing(BackedKeyword::critical).reversed())
                .forEach(keyword -> {
                    Skill skill = new Skill(keyword.name(), null);
                    skills.putIfAbsent(key(keyword.name()), skill);
                    skills.putIfAbsent(key(keyword.skill()), skill);
                });
        input.sources().stream()
                .flatMap(source -> source.skills().stream())
                .filter(Objects::nonNull)
                .forEach(name -> skills.putIfAbsent(key(name), new Skill(name.strip(), null)));
        return skills.values().stream().distinct().limit(input.length().skills).toList();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Who the user is (latest position), how long, with what (the first critical skills), for which role. */
    static String summary(GenerationInput input, List<Skill> skills, LocalDate today) {
        String role = input.sources().stream()
                .filter(source -> source.kind() == ArtifactKind.POSITION)
                .max(Comparator.comparing(SourceArtifact::startedOn, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(position -> position.role() != null && !position.role().isBlank() ? position.role()
                        : position.title())
                .orElse(null);
        int years = Experience.years(input.sources(), today);
        String with = Words.list(skills.stream().limit(3).map(Skill::name).toList());
        // the role alone: a summary that repeats the employer and the city reads as pasted from the posting
        String target = input.posting().title() == null ? null : "the " + input.posting().title() + " role";
        StringBuilder summary = new StringBuilder();
        String who = role == null ? "Professional" : Words.capitalised(role);
        String span = years >= 1 ? " with " + years + (years == 1 ? " year" : " years") : "";
        switch (input.tone()) {
            case CONCISE -> {
                summary.append(who).append(years >= 1 ? ", " + years + (years == 1 ? " year" : " years") : "");
                summary.append(with.isEmpty() ? "." : ": " + with + ".");
                if (target != null) {
                    summary.append(" For ").append(target).append('.');
                }
            }
            case ENTHUSIASTIC -> {
                summary.append(who).append(span).append(span.isEmpty() ? "" : " of hands-on experience");
                summary.append(with.isEmpty() ? "" : (span.isEmpty() ? " working with " : " in ") + with);
                summary.append(target == null ? "." : ", eager to bring it to " + target + ".");
            }
            case PROFESSIONAL -> {
                summary.append(who).append(span).append(span.isEmpty() ? "" : " of experience");
                summary.append(with.isEmpty() ? "" : (span.isEmpty() ? " experienced in " : " in ") + with);
                summary.append('.');
                if (target != null) {
                    summary.append(" Applying for ").append(target).append('.');
                }
            }
        }
        return summary.toString();
    }
}
