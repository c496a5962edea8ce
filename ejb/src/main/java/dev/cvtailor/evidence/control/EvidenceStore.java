package dev.cvtailor.evidence.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.cvtailor.evidence.entity.EvidenceLink;
import dev.cvtailor.evidence.entity.LinkCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The writes of evidence links, each committed on its own: before a message about the link, after a check,
 * and the claims that keep replicas from checking the same link at once.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class EvidenceStore {

    /** How long a claimed link stays with its replica; a check lost on the way is claimable again after it. */
    static final Duration CLAIM = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    /** How often every link is checked again (the rolling cycle). */
    @Inject
    @ConfigProperty(name = "cvtailor.evidence.revalidation.period", defaultValue = "P30D")
    Duration period;

    public EvidenceLink insert(long artifactId, String urlEncrypted, String kind) {
        EvidenceLink link = new EvidenceLink(artifactId, urlEncrypted, kind, nextCheck());
        em.persist(link);
        return link;
    }

    public Optional<EvidenceLink> find(long linkId) {
        return Optional.ofNullable(em.find(EvidenceLink.class, linkId));
    }

    /**
     * Records a check. The link is due again one period later, less a random part of up to a fifteenth of it,
     * so that links added together (an import) drift apart and the checks spread over the days.
     */
    public void record(long linkId, LinkCheck check, String archivedUrlEncrypted) {
        EvidenceLink link = em.find(EvidenceLink.class, linkId);
        if (link != null) {
            link.recordCheck(check, nextCheck());
            if (archivedUrlEncrypted != null) {
                link.offerArchivedCopy(archivedUrlEncrypted);
            }
        }
    }

    private Instant nextCheck() {
        long spread = ThreadLocalRandom.current().nextLong(Math.max(1, period.toSeconds() / 15));
        return Instant.now().plus(period).minusSeconds(spread);
    }

    /**
     * Claims up to {@code batch} links due by {@code dueBy} that no replica holds: each claim is a conditional
     * update of one row, so of two replicas racing for a link exactly one wins it (the other's update finds the
     * row claimed and changes nothing).
     */
    public List<Long> claimDue(Instant dueBy, int batch) {
        Instant now = Instant.now();
        List<Long> candidates = em.createQuery("select e.id from EvidenceLink e where e.nextCheckAt <= :dueBy"
                + " and (e.claimedUntil is null or e.claimedUntil < :now) order by e.nextCheckAt", Long.class)
                .setParameter("dueBy", dueBy)
                .setParameter("now", now)
                .setMaxResults(batch)
                .getResultList();
        List<Long> claimed = new ArrayList<>();
        for (Long id : candidates) {
            int won = em.createQuery("update EvidenceLink e set e.claimedUntil = :until where e.id = :id"
                    + " and (e.claimedUntil is null or e.claimedUntil < :now)")
                    .setParameter("until", now.plus(CLAIM))
                    .setParameter("id", id)
                    .setParameter("now", now)
                    .executeUpdate();
            if (won == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }
}
