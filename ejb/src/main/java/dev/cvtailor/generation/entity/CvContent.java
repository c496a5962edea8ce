package dev.cvtailor.generation.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * The structured content of a CV. Every bullet names the artifact (and evidence links) behind it, so each
 * claim can be traced and checked.
 */
public record CvContent(Header header, String summary, List<Skill> skills, List<Entry> experience,
        List<Entry> projects, List<Entry> education, List<Entry> certifications) {

    public CvContent {
        skills = listOf(skills);
        experience = listOf(experience);
        projects = listOf(projects);
        education = listOf(education);
        certifications = listOf(certifications);
    }

    public record Header(String name, String email, String phone, String location, List<String> links) {

        public Header {
            links = listOf(links);
        }
    }

    public record Skill(String name, String category) {
    }

    /** An entry of a section: one artifact (its id; null only in a language model's draft) and its bullets. */
    public record Entry(Long artifactId, String title, String organisation, LocalDate startedOn, LocalDate endedOn,
            List<Bullet> bullets) {

        public Entry {
            bullets = listOf(bullets);
        }
    }

    public record Bullet(String text, long artifactId, List<Long> evidenceLinkIds) {

        public Bullet {
            evidenceLinkIds = listOf(evidenceLinkIds);
        }
    }

    /** Lists as read from JSON may be missing (an LLM's answer) or hold nulls: neither goes further. */
    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }
}
