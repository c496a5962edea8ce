package dev.cvtailor.skills.entity;

import java.util.Set;

/** A skill of the taxonomy as other components and the API see it. */
public record SkillRef(long id, String name, String category) {

    /** The taxonomy's categories of tools and technologies: what a project's tech stack is made of. */
    public static final Set<String> TECHNOLOGY = Set.of("Programming languages", "Frameworks and libraries",
            "Developer tools", "Software testing", "Mobile development", "Databases", "Data engineering",
            "Data science and AI", "Business intelligence", "Cloud platforms", "DevOps and infrastructure",
            "Cybersecurity");

    public boolean isTechnology() {
        return category != null && TECHNOLOGY.contains(category);
    }
}
