package dev.cvtailor.generation.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.generation.entity.Candidate;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvContent.Bullet;
import dev.cvtailor.generation.entity.CvContent.Entry;
import dev.cvtailor.generation.entity.CvContent.Header;
import dev.cvtailor.generation.entity.CvContent.Skill;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Builds a CV from the user's artifacts alone, deterministically: the same artifacts give the same CV. Every
 * line comes from an artifact's own fields, so nothing is invented. It is the generator of the default run and
 * the fallback when no language model is configured or reachable.
 */
@ApplicationScoped
public class TemplateCvGenerator {

    static final int MAX_SKILLS = 30;

    public CvContent generate(List<Artifact> artifacts, Candidate candidate) {
        List<Artifact> newestFirst = artifacts.stream()
                .sorted(Comparator.comparing(Artifact::getStartedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Artifact::getId, Comparator.reverseOrder()))
                .toList();
        List<Entry> experience = new ArrayList<>();
        List<Entry> projects = new ArrayList<>();
        List<Entry> education = new ArrayList<>();
        List<Entry> certifications = new ArrayList<>();
        for (Artifact artifact : newestFirst) {
            switch (artifact.getKind()) {
                case POSITION -> experience.add(positionEntry(artifact));
                case EDUCATION -> education.add(entry(artifact));
                case CERTIFICATION -> certifications.add(entry(artifact));
                case PROJECT, PUBLICATION, AWARD -> projects.add(entry(artifact));
            }
        }
        List<Skill> skills = skills(newestFirst);
        return new CvContent(header(candidate), summary(experience, projects, skills), skills, experience, projects,
                education, certifications);
    }

    private static Header header(Candidate candidate) {
        return new Header(candidate.name(), candidate.email(), candidate.phone(), candidate.location(),
                candidate.links());
    }

    private static Entry positionEntry(Artifact artifact) {
        String title = artifact.getRole() == null || artifact.getRole().isBlank() ? artifact.getTitle() : artifact.getRole();
        return new Entry(title, artifact.getOrganisation(), artifact.getStartedOn(), artifact.getEndedOn(),
                bullets(artifact));
    }

    private static Entry entry(Artifact artifact) {
        return new Entry(artifact.getTitle(), artifact.getOrganisation(), artifact.getStartedOn(),
                artifact.getEndedOn(), bullets(artifact));
    }

    private static List<Bullet> bullets(Artifact artifact) {
        List<Bullet> bullets = new ArrayList<>();
        if (artifact.getKind() == dev.cvtailor.artifacts.entity.ArtifactKind.POSITION
                && artifact.getRole() != null && !artifact.getRole().isBlank()) {
            bullets.add(bullet(artifact.getTitle(), artifact));
        }
        Stream.of(artifact.getSummary(), artifact.getDescription())
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .distinct()
                .limit(2)
                .forEach(text -> bullets.add(bullet(firstParagraph(text), artifact)));
        if (!artifact.getStack().isEmpty()) {
            bullets.add(bullet("Technologies: " + String.join(", ", artifact.getStack()), artifact));
        }
        return bullets;
    }

    private static Bullet bullet(String text, Artifact artifact) {
        return new Bullet(text, artifact.getId(), List.of());
    }

    private static String firstParagraph(String text) {
        int blank = text.indexOf("\n\n");
        String paragraph = blank < 0 ? text : text.substring(0, blank);
        return paragraph.replaceAll("\\s+", " ");
    }

    /** The artifacts' technologies, most used first, each named as the user first wrote it. */
    private static List<Skill> skills(List<Artifact> artifacts) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (Artifact artifact : artifacts) {
            for (String name : artifact.getStack()) {
                String key = name.strip().toLowerCase(Locale.ROOT);
                spelling.putIfAbsent(key, name.strip());
                uses.merge(key, 1, Integer::sum);
            }
        }
        return uses.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_SKILLS)
                .map(e -> new Skill(spelling.get(e.getKey()), null))
                .toList();
    }

    private static String summary(List<Entry> experience, List<Entry> projects, List<Skill> skills) {
        List<String> parts = new ArrayList<>();
        if (!experience.isEmpty()) {
            Entry latest = experience.get(0);
            parts.add(latest.organisation() == null ? latest.title() : latest.title() + " at " + latest.organisation());
        }
        if (!projects.isEmpty()) {
            parts.add(projects.size() + (projects.size() == 1 ? " project" : " projects"));
        }
        if (!skills.isEmpty()) {
            parts.add("working with " + String.join(", ", skills.stream().limit(5).map(Skill::name).toList()));
        }
        return parts.isEmpty() ? "" : String.join("; ", parts) + ".";
    }
}
