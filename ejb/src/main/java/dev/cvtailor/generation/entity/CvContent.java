package dev.cvtailor.generation.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * The structured content of a CV. Every bullet names the artifact (and evidence links) behind it, so each
 * claim can be traced and checked.
 */
public record CvContent(Header header, String summary, List<Skill> skills, List<Entry> experience,
        List<Entry> projects, List<Entry> education, List<Entry> certifications) {

    public record Header(String name, String email, String phone, String location, List<String> links) {
    }

    public record Skill(String name, String category) {
    }

    public record Entry(String title, String organisation, LocalDate startedOn, LocalDate endedOn,
            List<Bullet> bullets) {
    }

    public record Bullet(String text, long artifactId, List<Long> evidenceLinkIds) {
    }
}
