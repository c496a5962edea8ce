package dev.cvtailor.artifacts.control;

import java.util.Collection;

import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.SourceText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** The writes that must be committed on their own, before a work message about the row is sent. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class ArtifactStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchText searchText;

    @Inject
    ArtifactSkills skills;

    /** The new artifact with the taxonomy's skills among those the user named, and the uploaded file's text. */
    public Artifact insert(long ownerId, ArtifactDraft draft, Collection<Long> declaredSkillIds, SourceText source) {
        Artifact artifact = new Artifact(ownerId, draft);
        if (source != null) {
            artifact.attachSource(source);
        }
        em.persist(artifact);
        searchText.update(artifact);
        skills.replaceDeclared(artifact.getId(), declaredSkillIds);
        return artifact;
    }

    /** The artifact with the draft's fields, back to PROCESSING; the caller has checked the owner. */
    public Artifact revise(long artifactId, ArtifactDraft draft, Collection<Long> declaredSkillIds) {
        Artifact artifact = em.find(Artifact.class, artifactId);
        artifact.revise(draft);
        searchText.update(artifact);
        skills.replaceDeclared(artifactId, declaredSkillIds);
        return artifact;
    }

    public void markFailed(long artifactId, String reason) {
        Artifact artifact = em.find(Artifact.class, artifactId);
        if (artifact != null) {
            artifact.markFailed(reason);
        }
    }
}
