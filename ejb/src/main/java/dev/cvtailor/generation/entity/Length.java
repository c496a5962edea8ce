package dev.cvtailor.generation.entity;

import java.util.Locale;

/**
 * How long a CV may be: how many entries, bullets and skills it holds, chosen so that a long career with long
 * sentences still prints on one or two pages in every template (LengthInPagesTest). One page held three projects
 * until each entry gave its organisation and dates lines of their own (issue 19); it holds two now.
 */
public enum Length {
    ONE_PAGE(3, 3, 2, 2, 14), TWO_PAGES(5, 4, 4, 2, 24);

    public final int positions;
    public final int bulletsPerPosition;
    public final int projects;
    public final int bulletsPerProject;
    public final int skills;

    Length(int positions, int bulletsPerPosition, int projects, int bulletsPerProject, int skills) {
        this.positions = positions;
        this.bulletsPerPosition = bulletsPerPosition;
        this.projects = projects;
        this.bulletsPerProject = bulletsPerProject;
        this.skills = skills;
    }

    /** "one-page" / "1" / "two-pages" / "2" in any case, one page when none is named; null when unknown. */
    public static Length of(String name) {
        if (name == null || name.isBlank()) {
            return ONE_PAGE;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "one-page", "1", "short" -> ONE_PAGE;
            case "two-pages", "two-page", "2", "long" -> TWO_PAGES;
            default -> null;
        };
    }
}
