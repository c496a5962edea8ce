package dev.cvtailor.platform.control;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.cvtailor.platform.entity.FeatureFlagRow;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** The feature flags' rows: read by every replica's {@link FeatureFlags}, written by an admin's change. */
@Stateless
public class FeatureFlagStore {

    @PersistenceContext
    EntityManager em;

    public List<FeatureFlagRow> all() {
        return em.createQuery("select f from FeatureFlagRow f", FeatureFlagRow.class).getResultList();
    }

    /** Writes the flag's setting, inserting its row on the first change, and gives back what it was. */
    public FeatureFlagRow save(String key, boolean enabled, int percentage, Set<Long> organisations, Set<Long> users,
            long by, Instant at) {
        FeatureFlagRow row = em.find(FeatureFlagRow.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new FeatureFlagRow(key);
            em.persist(row);
        }
        row.set(enabled, percentage, organisations, users, by, at);
        return row;
    }
}
