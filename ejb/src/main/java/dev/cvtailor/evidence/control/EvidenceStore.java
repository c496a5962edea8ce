package dev.cvtailor.evidence.control;

import java.util.Optional;

import dev.cvtailor.evidence.entity.EvidenceLink;
import dev.cvtailor.evidence.entity.LinkCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** The writes of evidence links, each committed on its own: before a message about the link, and after a check. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class EvidenceStore {

    @PersistenceContext
    EntityManager em;

    public EvidenceLink insert(long artifactId, String urlEncrypted, String kind) {
        EvidenceLink link = new EvidenceLink(artifactId, urlEncrypted, kind);
        em.persist(link);
        return link;
    }

    public Optional<EvidenceLink> find(long linkId) {
        return Optional.ofNullable(em.find(EvidenceLink.class, linkId));
    }

    public void record(long linkId, LinkCheck check) {
        EvidenceLink link = em.find(EvidenceLink.class, linkId);
        if (link != null) {
            link.recordCheck(check);
        }
    }
}
