package dev.cvtailor.skills.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.cvtailor.skills.control.SkillVocabulary.Term;
import dev.cvtailor.skills.entity.MatchMode;
import dev.cvtailor.skills.entity.SkillRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The taxonomy's spellings, read once and kept. Every replica notices an import made on another within
 * {@link #RECHECK} (the number of spellings changed) and reads them again.
 */
@ApplicationScoped
public class VocabularyCache {

    static final Duration RECHECK = Duration.ofSeconds(30);

    @PersistenceContext
    EntityManager em;

    private volatile SkillVocabulary vocabulary;
    private volatile long spellings = -1;
    private volatile Instant checkedAt = Instant.EPOCH;

    public SkillVocabulary vocabulary() {
        if (vocabulary == null || Instant.now().isAfter(checkedAt.plus(RECHECK))) {
            refreshIfChanged();
        }
        return vocabulary;
    }

    /** Forgets the spellings, after an import on this replica. */
    public void invalidate() {
        spellings = -1;
        checkedAt = Instant.EPOCH;
    }

    private synchronized void refreshIfChanged() {
        long count = em.createQuery("select count(a) from SkillAlias a", Long.class).getSingleResult();
        if (vocabulary == null || count != spellings) {
            List<Term> terms = em.createQuery("select a.alias, a.matchMode, s.id, s.name, s.category"
                    + " from SkillAlias a join a.skill s", Object[].class)
                    .getResultStream()
                    .map(row -> new Term(new SkillRef((Long) row[2], (String) row[3], (String) row[4]),
                            (String) row[0], (MatchMode) row[1]))
                    .toList();
            vocabulary = new SkillVocabulary(terms);
            spellings = count;
        }
        checkedAt = Instant.now();
    }
}
