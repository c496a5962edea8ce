package dev.cvtailor.artifacts.control;

import dev.cvtailor.artifacts.entity.Artifact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Keeps an artifact's {@code search_text} column (see {@link Artifact#searchableText()}) up to date. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SearchText {

    @PersistenceContext
    EntityManager em;

    /** Writes the artifact's searchable text; the artifact's own changes are flushed first. */
    public void update(Artifact artifact) {
        em.flush();
        em.createNativeQuery("update artifacts set search_text = ? where id = ?")
                .setParameter(1, artifact.searchableText())
                .setParameter(2, artifact.getId())
                .executeUpdate();
    }
}
