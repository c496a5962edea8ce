package dev.cvtailor.skills.rest;

import dev.cvtailor.skills.entity.SkillRef;

/** A skill as an artifact shows it: {@code category} is null for a name the taxonomy does not know. */
public record SkillResponse(String name, String category) {

    public static SkillResponse of(SkillRef skill) {
        return new SkillResponse(skill.name(), skill.category());
    }
}
