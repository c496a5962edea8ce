package dev.cvtailor.applications.control;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import dev.cvtailor.generation.control.DocumentHold;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Keeps a document past its retention once it was frozen as a sent copy of an application. */
@Stateless
public class DocumentsSent implements DocumentHold {

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<Long> heldAmong(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct s.documentId from SentCopy s where s.documentId in :ids",
                Long.class).setParameter("ids", documentIds).getResultList());
    }
}
