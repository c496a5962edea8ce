package dev.cvtailor.reviews.control;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import dev.cvtailor.generation.control.DocumentHold;
import dev.cvtailor.reviews.entity.ReviewState;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Keeps a document past its retention while a review of it is open (submitted, in review, changes requested). */
@Stateless
public class DocumentsInReview implements DocumentHold {

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<Long> heldAmong(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct r.documentId from Review r where r.documentId in :ids"
                + " and r.state in :open", Long.class).setParameter("ids", documentIds)
                .setParameter("open", Arrays.stream(ReviewState.values()).filter(ReviewState::open).toList())
                .getResultList());
    }
}
