package dev.cvtailor.generation.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.cvtailor.artifacts.entity.ArtifactKind;

/**
 * One of the user's ready artifacts as generation sees it: what it says, the skills it shows (taxonomy, stack and
 * declared), its evidence links (all of them, and those found valid), and how well it matched the posting.
 * Nothing may be claimed in a document that is not in one of these.
 */
public record SourceArtifact(long id, ArtifactKind kind, String title, String role, String organisation,
        LocalDate startedOn, LocalDate endedOn, String summary, String description, String bodyText,
        List<String> skills, List<Long> linkIds, List<EvidenceLink> validLinks, int score, int version) {

    /** A validated evidence link: its id and where it points. */
    public record EvidenceLink(long id, String url) {
    }

    public SourceArtifact {
        skills = List.copyOf(skills);
        linkIds = List.copyOf(linkIds);
        validLinks = List.copyOf(validLinks);
    }

    /** Everything the artifact says, as one text: what claims are checked against. */
    public String text() {
        return Stream.of(title, role, organisation, summary, description, bodyText, String.join(", ", skills))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining("\n"));
    }

    /**
     * The title of the artifact's entry in a CV: a position's role, with the position's own title when it says more
     * ("Senior Engineer — Payments platform"); anything else's title.
     */
    public String entryTitle() {
        if (kind != ArtifactKind.POSITION || role == null || role.isBlank()) {
            return title;
        }
        String lowerTitle = title == null ? "" : title.strip().toLowerCase(java.util.Locale.ROOT);
        return lowerTitle.isEmpty() || lowerTitle.startsWith(role.strip().toLowerCase(java.util.Locale.ROOT))
                ? role.strip() : role.strip() + " — " + title.strip();
    }

    public List<Long> validLinkIds() {
        return validLinks.stream().map(EvidenceLink::id).toList();
    }
}
