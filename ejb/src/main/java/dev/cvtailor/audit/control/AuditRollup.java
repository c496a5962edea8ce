package dev.cvtailor.audit.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.cvtailor.audit.entity.AuditDailyCount;
import dev.cvtailor.audit.entity.AuditType;
import dev.cvtailor.audit.entity.Outcome;
import dev.cvtailor.platform.entity.PurgeBatch;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Audit events past their detail retention, folded into daily counts per type and outcome, then deleted. */
@Stateless
public class AuditRollup {

    @PersistenceContext
    EntityManager em;

    /** One transaction: the oldest {@code limit} events made before {@code before}, counted and deleted together. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PurgeBatch foldBatch(Instant before, int limit) {
        List<Object[]> rows = em.createQuery("select e.id, e.createdAt, e.type, e.outcome from AuditEvent e"
                + " where e.createdAt < :before order by e.id", Object[].class)
                .setParameter("before", before).setMaxResults(limit).getResultList();
        if (rows.isEmpty()) {
            return PurgeBatch.NONE;
        }
        Map<AuditDailyCount.Key, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.merge(new AuditDailyCount.Key(LocalDate.ofInstant((Instant) row[1], ZoneOffset.UTC),
                    (AuditType) row[2], (Outcome) row[3]), 1L, Long::sum);
        }
        counts.forEach((key, n) -> {
            AuditDailyCount count = em.find(AuditDailyCount.class, key);
            if (count == null) {
                count = new AuditDailyCount(key);
                em.persist(count);
            }
            count.add(n);
        });
        List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
        int removed = em.createQuery("delete from AuditEvent e where e.id in :ids").setParameter("ids", ids)
                .executeUpdate();
        return new PurgeBatch(rows.size(), removed, ids.get(ids.size() - 1));
    }

    /** One transaction: up to {@code limit} daily counts of days before {@code before}, deleted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int dropCountsBefore(Instant before, int limit) {
        List<AuditDailyCount> old = em.createQuery("select c from AuditDailyCount c where c.day < :day order by c.day",
                AuditDailyCount.class).setParameter("day", LocalDate.ofInstant(before, ZoneOffset.UTC))
                .setMaxResults(limit).getResultList();
        old.forEach(em::remove);
        return old.size();
    }

    public List<AuditDailyCount> counts(LocalDate from, LocalDate to) {
        return em.createQuery("select c from AuditDailyCount c where c.day >= :from and c.day < :to"
                + " order by c.day, c.type, c.outcome", AuditDailyCount.class).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }
}
