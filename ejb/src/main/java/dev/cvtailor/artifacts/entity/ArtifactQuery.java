package dev.cvtailor.artifacts.entity;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Which of the owner's artifacts to list: optionally one kind, those started within {@code from}..{@code to},
 * those carrying a label (the caller has checked it is the owner's), those whose text matches {@code q}, those showing a skill, in the
 * given order ({@code field,asc|desc}), one page at a time.
 */
public record ArtifactQuery(ArtifactKind kind, LocalDate from, LocalDate to, Long labelId,
        @Size(max = 500) String q,
        @Size(max = 200) String skill,
        @Pattern(regexp = "(startedOn|endedOn|createdAt|title)(,(asc|desc))?",
                message = "must be startedOn, endedOn, createdAt or title, optionally with ,asc or ,desc") String sort,
        @Min(0) @Max(1_000_000) int page,
        @Min(1) @Max(100) int size) {

    public static final String DEFAULT_SORT = "createdAt,desc";

    public ArtifactQuery {
        sort = sort == null || sort.isBlank() ? DEFAULT_SORT : sort.strip();
        q = q == null || q.isBlank() ? null : q.strip();
        skill = skill == null || skill.isBlank() ? null : skill.strip();
    }

    public static ArtifactQuery firstPage(int size) {
        return new ArtifactQuery(null, null, null, null, null, null, DEFAULT_SORT, 0, size);
    }

    @AssertTrue(message = "must not be before from")
    public boolean isTo() {
        return from == null || to == null || !to.isBefore(from);
    }

    /** The JPQL order clause for the validated {@link #sort}; the id breaks ties so pages never overlap. */
    public String orderBy() {
        String[] parts = sort.split(",");
        String direction = parts.length > 1 ? parts[1] : "asc";
        return " order by a." + parts[0] + " " + direction + ", a.id " + direction;
    }
}
