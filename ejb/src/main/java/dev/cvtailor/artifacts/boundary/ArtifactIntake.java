package dev.cvtailor.artifacts.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.SourceText;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.labels.boundary.LabelService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * A new artifact spans three components: its own fields (artifacts), its links (evidence) and its labels. Every
 * way in (the REST API, the UI's form, an upload, a JSON Resume) creates it here, all of it or nothing: a link that
 * is not a URL or a label that is not the owner's refuses the whole request before anything is saved.
 */
@Stateless
public class ArtifactIntake {

    @Inject
    ArtifactService artifacts;

    @Inject
    EvidenceService evidence;

    @Inject
    LabelService labels;

    public Artifact create(long ownerId, ArtifactDraft draft) {
        return create(ownerId, draft, null);
    }

    /** As {@link #create(long, ArtifactDraft)}, for an artifact made from an uploaded file's text. */
    public Artifact create(long ownerId, ArtifactDraft draft, SourceText source) {
        check(ownerId, draft);
        Artifact created = artifacts.create(ownerId, draft, source);
        draft.evidenceLinks().forEach(link -> evidence.add(ownerId, created.getId(), link.url(), link.kind()));
        labels.attach(ownerId, created.getId(), draft.labelIds());
        return created;
    }

    /** Creates every draft (a JSON Resume's entries), or none when one of them is refused. */
    public List<Artifact> createAll(long ownerId, List<ArtifactDraft> drafts) {
        drafts.forEach(draft -> check(ownerId, draft));
        return drafts.stream().map(draft -> create(ownerId, draft)).toList();
    }

    /**
     * An import's drafts: those in {@code updates} replace the fields of the owner's artifact they name (keeping
     * what the import does not say: summary, stack, skills and links of its own), the others become new artifacts.
     * Every draft is checked first, so a refused one leaves everything as it was.
     */
    public List<Artifact> importAll(long ownerId, List<ArtifactDraft> creates, Map<Long, ArtifactDraft> updates) {
        updates.keySet().forEach(id -> artifacts.find(ownerId, id));
        creates.forEach(draft -> check(ownerId, draft));
        updates.values().forEach(draft -> check(ownerId, draft));
        List<Artifact> done = new ArrayList<>();
        updates.forEach((id, draft) -> done.add(artifacts.update(ownerId, id,
                merged(artifacts.find(ownerId, id), draft))));
        creates.forEach(draft -> done.add(create(ownerId, draft)));
        return done;
    }

    /** The existing artifact's fields, with those the import gives in their place and its skills added. */
    private static ArtifactDraft merged(Artifact existing, ArtifactDraft imported) {
        List<String> skills = Stream.concat(existing.getDeclaredSkills().stream(), imported.skills().stream())
                .distinct().toList();
        return new ArtifactDraft(existing.getKind(), existing.getTitle(),
                either(imported.summary(), existing.getSummary()),
                either(imported.description(), existing.getDescription()),
                either(imported.organisation(), existing.getOrganisation()), either(imported.role(), existing.getRole()),
                imported.startedOn() != null ? imported.startedOn() : existing.getStartedOn(),
                imported.startedOn() != null ? imported.endedOn() : existing.getEndedOn(),
                existing.getStack(), existing.getCollaborators(), skills, List.of(), List.of(),
                either(imported.location(), existing.getLocation()));
    }

    private static String either(String fresh, String old) {
        return fresh != null && !fresh.isBlank() ? fresh : old;
    }

    /** Refuses (400/404) a draft whose links are not URLs or whose labels are not the owner's. */
    private void check(long ownerId, ArtifactDraft draft) {
        draft.evidenceLinks().forEach(link -> EvidenceService.wellFormed(link == null ? null : link.url()));
        labels.requireOwned(ownerId, draft.labelIds());
    }
}
