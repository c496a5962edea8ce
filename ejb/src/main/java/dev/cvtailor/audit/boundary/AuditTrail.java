package dev.cvtailor.audit.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.cvtailor.audit.control.AuditRollup;
import dev.cvtailor.audit.entity.AuditDailyCount;
import dev.cvtailor.audit.entity.AuditEvent;
import dev.cvtailor.audit.entity.AuditType;
import dev.cvtailor.audit.entity.Outcome;
import dev.cvtailor.platform.boundary.RequestOrigin;
import dev.cvtailor.platform.control.Retention;
import dev.cvtailor.platform.entity.FeatureChanged;
import dev.cvtailor.platform.entity.PurgeBatch;
import dev.cvtailor.platform.entity.PurgeReport;
import dev.cvtailor.platform.entity.Page;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** Writes and reads the audit trail: the one door to the audit component. */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestOrigin origin;

    @Inject
    AuditRollup rollup;

    @Inject
    Retention retention;

    /** Records an event in a transaction of its own, so that a refusal is recorded although the request fails. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Long userId, AuditType type, Outcome outcome, String details) {
        String correlationId = null;
        String clientAddress = null;
        try {
            correlationId = origin.correlationId();
            clientAddress = origin.clientAddress();
        } catch (ContextNotActiveException e) {
            // outside a request (a timer, a queue consumer): nobody to name
        }
        em.persist(new AuditEvent(userId, type, outcome, correlationId, clientAddress, details));
    }

    /** Aggregates as the timer does, as if it were {@code now}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<PurgeReport> aggregate(Instant now) {
        Instant detailsBefore = retention.auditDetailsBefore(now);
        Instant countsBefore = retention.aggregatesBefore(now);
        return List.of(
                retention.inBatches("audit events", after -> rollup.foldBatch(detailsBefore, retention.batch())),
                retention.inBatches("daily audit counts", after -> {
                    int dropped = rollup.dropCountsBefore(countsBefore, retention.batch());
                    return new PurgeBatch(dropped, dropped, 0);
                }));
    }

    /** The events of each day from {@code from} to {@code to} (exclusive) that were folded into counts. */
    public List<AuditDailyCount> dailyCounts(LocalDate from, LocalDate to) {
        return rollup.counts(from, to);
    }

    /** An admin's change of a feature flag, as the flags announce it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void featureChanged(@Observes FeatureChanged change) {
        record(change.adminId(), AuditType.FEATURE_CHANGE, Outcome.SUCCESS,
                change.key() + ": " + change.before() + " → " + change.after());
    }

    public Page<AuditEvent> search(AuditType type, Long userId, Instant from, Instant to, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (type != null) {
            where.append(" and e.type = :type");
        }
        if (userId != null) {
            where.append(" and e.userId = :user");
        }
        if (from != null) {
            where.append(" and e.createdAt >= :since");
        }
        if (to != null) {
            where.append(" and e.createdAt < :until");
        }
        int boundedSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
        int boundedPage = Math.max(0, page);
        TypedQuery<AuditEvent> items = em.createQuery("select e from AuditEvent e" + where
                + " order by e.createdAt desc, e.id desc", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        for (TypedQuery<?> query : List.of(items, count)) {
            if (type != null) {
                query.setParameter("type", type);
            }
            if (userId != null) {
                query.setParameter("user", userId);
            }
            if (from != null) {
                query.setParameter("since", from);
            }
            if (to != null) {
                query.setParameter("until", to);
            }
        }
        List<AuditEvent> found = items.setFirstResult((int) Math.min((long) boundedPage * boundedSize, Integer.MAX_VALUE))
                .setMaxResults(boundedSize).getResultList();
        return new Page<>(found, boundedPage, boundedSize, count.getSingleResult());
    }

    /** Keeps the events of a deleted account, without saying whose they were. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void anonymise(long userId) {
        em.createQuery("update AuditEvent e set e.userId = null where e.userId = :user")
                .setParameter("user", userId)
                .executeUpdate();
    }
}
