package dev.cvtailor.artifacts.control;

import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ArtifactDraft;
import jakarta.enterprise.context.ApplicationScoped;
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

    public Artifact insert(long ownerId, ArtifactDraft draft) {
        Artifact artifact = new Artifact(ownerId, draft);
        em.persist(artifact);
        return artifact;
    }

    /** The artifact with the draft's fields, back to PROCESSING; the caller has checked the owner. */
    public Artifact revise(long artifactId, ArtifactDraft draft) {
        Artifact artifact = em.find(Artifact.class, artifactId);
        artifact.revise(draft);
        return artifact;
    }

    public void markFailed(long artifactId, String reason) {
        Artifact artifact = em.find(Artifact.class, artifactId);
        if (artifact != null) {
            artifact.markFailed(reason);
        }
    }
}
