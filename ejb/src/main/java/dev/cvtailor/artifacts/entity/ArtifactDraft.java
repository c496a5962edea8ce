package dev.cvtailor.artifacts.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user submits for a new artifact; the service checks its constraints before anything is saved. */
public record ArtifactDraft(
        @NotNull ArtifactKind kind,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 2000) String summary,
        @Size(max = 100_000) String description,
        @Size(max = 300) String organisation,
        @Size(max = 300) String role,
        LocalDate startedOn,
        LocalDate endedOn,
        @Size(max = 100) List<@NotBlank @Size(max = 100) String> stack,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> collaborators,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> skills,
        @Size(max = 50) List<@NotNull @Valid LinkDraft> evidenceLinks,
        @Size(max = 50) List<@NotNull Long> labelIds,
        @Size(max = 200) String location) {

    /** An evidence link given with a new artifact: {@code {url, kind?}}. */
    public record LinkDraft(@NotBlank @Size(max = 2048) String url, @Size(max = 32) String kind) {
    }

    /** A draft without a location (most kinds have none). */
    public ArtifactDraft(ArtifactKind kind, String title, String summary, String description, String organisation,
            String role, LocalDate startedOn, LocalDate endedOn, List<String> stack, List<String> collaborators,
            List<String> skills, List<LinkDraft> evidenceLinks, List<Long> labelIds) {
        this(kind, title, summary, description, organisation, role, startedOn, endedOn, stack, collaborators, skills,
                evidenceLinks, labelIds, null);
    }

    /** The one constructor JSON-B reads a draft with (a record with two constructors leaves it guessing). */
    @JsonbCreator
    public ArtifactDraft {
        stack = stack == null ? List.of() : List.copyOf(stack);
        collaborators = collaborators == null ? List.of() : List.copyOf(collaborators);
        skills = skills == null ? List.of() : List.copyOf(skills);
        evidenceLinks = evidenceLinks == null ? List.of() : List.copyOf(evidenceLinks);
        labelIds = labelIds == null ? List.of() : List.copyOf(labelIds);
    }

    /**
     * The draft that goes with an uploaded file: the given metadata, if any, with a kind ({@code PROJECT})
     * and a title (the file's name without its extension, else its first line) where the metadata has none.
     */
    public static ArtifactDraft forUpload(ArtifactDraft metadata, SourceText source) {
        ArtifactDraft m = metadata != null ? metadata
                : new ArtifactDraft(null, null, null, null, null, null, null, null, null, null, null, null, null);
        String title = m.title();
        if (title == null || title.isBlank()) {
            String name = source.fileName() == null ? "" : source.fileName().replaceFirst("\\.[^.]*$", "").strip();
            title = !name.isEmpty() ? name : source.text().strip().lines().findFirst().orElse("Uploaded file");
            title = title.length() > 300 ? title.substring(0, 300) : title;
        }
        return new ArtifactDraft(m.kind() == null ? ArtifactKind.PROJECT : m.kind(), title, m.summary(),
                m.description(), m.organisation(), m.role(), m.startedOn(), m.endedOn(), m.stack(), m.collaborators(),
                m.skills(), m.evidenceLinks(), m.labelIds(), m.location());
    }

    /**
     * This draft with, as skills it names, those of {@code skills} that its own text mentions: a skill is placed
     * only on an entry that shows it, never spread over all of them.
     */
    public ArtifactDraft withSkillsItShows(List<String> candidates) {
        String text = String.join("\n", Stream.of(title, summary, description, String.join(", ", stack))
                .filter(Objects::nonNull).toList());
        List<String> shown = candidates.stream()
                .filter(skill -> mentions(text, skill))
                .limit(100)
                .toList();
        if (shown.isEmpty()) {
            return this;
        }
        return new ArtifactDraft(kind, title, summary, description, organisation, role, startedOn, endedOn, stack,
                collaborators, shown, evidenceLinks, labelIds, location);
    }

    /** Whether the text names the skill as a word of its own ("Java" is not in "JavaScript", "C" not in "C++"). */
    public static boolean mentions(String text, String skill) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(skill) + "(?![\\p{L}\\p{N}#+])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    @AssertTrue(message = "must not be before startedOn")
    public boolean isEndedOn() {
        return startedOn == null || endedOn == null || !endedOn.isBefore(startedOn);
    }
}
