package dev.cvtailor.skills.entity;

import java.util.List;

/** A skill with its other spellings, as {@code GET /skills} shows it. */
public record SkillView(String name, String category, List<String> aliases) {
}
