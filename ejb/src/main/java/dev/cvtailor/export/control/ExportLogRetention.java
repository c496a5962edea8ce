package dev.cvtailor.export.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.cvtailor.export.entity.ExportMonthlyCount;
import dev.cvtailor.platform.entity.PurgeBatch;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Export logs past their retention, folded into monthly counts per format and template, then deleted. */
@Stateless
public class ExportLogRetention {

    @PersistenceContext
    EntityManager em;

    /** One transaction: the oldest {@code limit} logs made before {@code before}, counted and deleted together. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PurgeBatch foldBatch(Instant before, int limit) {
        List<Object[]> rows = em.createQuery("select l.id, l.createdAt, l.format, l.template from ExportLog l"
                + " where l.createdAt < :before order by l.id", Object[].class)
                .setParameter("before", before).setMaxResults(limit).getResultList();
        if (rows.isEmpty()) {
            return PurgeBatch.NONE;
        }
        Map<ExportMonthlyCount.Key, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate month = LocalDate.ofInstant((Instant) row[1], ZoneOffset.UTC).withDayOfMonth(1);
            counts.merge(new ExportMonthlyCount.Key(month, (String) row[2], row[3] == null ? "" : (String) row[3]), 1L,
                    Long::sum);
        }
        counts.forEach((key, n) -> {
            ExportMonthlyCount count = em.find(ExportMonthlyCount.class, key);
            if (count == null) {
                count = new ExportMonthlyCount(key);
                em.persist(count);
            }
            count.add(n);
        });
        List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
        int removed = em.createQuery("delete from ExportLog l where l.id in :ids").setParameter("ids", ids)
                .executeUpdate();
        return new PurgeBatch(rows.size(), removed, ids.get(ids.size() - 1));
    }

    /** One transaction: up to {@code limit} monthly counts of months that ended before {@code before}, deleted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int dropCountsBefore(Instant before, int limit) {
        LocalDate month = LocalDate.ofInstant(before, ZoneOffset.UTC).withDayOfMonth(1);
        List<ExportMonthlyCount> old = em.createQuery("select c from ExportMonthlyCount c where c.month < :month"
                + " order by c.month", ExportMonthlyCount.class).setParameter("month", month).setMaxResults(limit)
                .getResultList();
        old.forEach(em::remove);
        return old.size();
    }

    public List<ExportMonthlyCount> counts() {
        return em.createQuery("select c from ExportMonthlyCount c order by c.month, c.format, c.template",
                ExportMonthlyCount.class).getResultList();
    }
}
