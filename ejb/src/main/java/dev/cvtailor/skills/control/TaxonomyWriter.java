package dev.cvtailor.skills.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cvtailor.schema.SkillKey;
import dev.cvtailor.skills.entity.ImportReport;
import dev.cvtailor.skills.entity.MatchMode;
import dev.cvtailor.skills.entity.Skill;
import dev.cvtailor.skills.entity.SkillAlias;
import dev.cvtailor.skills.entity.TaxonomyEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Merges imported entries into the taxonomy, a chunk per transaction so a large file never holds one long
 * transaction. An entry whose name the taxonomy already knows (as a name or as any spelling) adds only its
 * new spellings to that skill; a spelling that belongs to a skill already stays with it. Importing the same
 * file twice therefore adds nothing the second time.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class TaxonomyWriter {

    static final int MAX_SPELLING = 200;
    static final int MAX_CATEGORY = 100;

    @PersistenceContext
    EntityManager em;

    /** Every key the taxonomy knows (names and spellings), with the id of its skill. */
    public Map<String, Long> knownKeys() {
        Map<String, Long> keys = new HashMap<>();
        em.createQuery("select a.aliasKey, a.skill.id from SkillAlias a", Object[].class).getResultStream()
                .forEach(row -> keys.put((String) row[0], (Long) row[1]));
        em.createQuery("select s.nameKey, s.id from Skill s", Object[].class).getResultStream()
                .forEach(row -> keys.putIfAbsent((String) row[0], (Long) row[1]));
        return keys;
    }

    /** Writes one chunk; {@code known} learns the keys it added. */
    public ImportReport write(String source, List<TaxonomyEntry> chunk, Map<String, Long> known) {
        Map<String, Skill> added = new HashMap<>();
        Map<String, Skill> newSpellings = new HashMap<>();
        List<SkillAlias> aliases = new ArrayList<>();
        for (TaxonomyEntry entry : chunk) {
            String key = SkillKey.of(entry.name());
            if (key.isEmpty() || key.length() > MAX_SPELLING) {
                continue;
            }
            Skill skill = skillFor(key, entry, known, added, newSpellings);
            Set<String> spellings = new LinkedHashSet<>();
            spellings.add(entry.name());
            spellings.addAll(entry.aliases());
            for (String spelling : spellings) {
                String spellingKey = SkillKey.of(spelling);
                if (!spellingKey.isEmpty() && spellingKey.length() <= MAX_SPELLING && !known.containsKey(spellingKey)
                        && !newSpellings.containsKey(spellingKey)) {
                    SkillAlias alias = new SkillAlias(skill, spelling.strip(), MatchMode.ofImported(spelling));
                    em.persist(alias);
                    aliases.add(alias);
                    newSpellings.put(spellingKey, skill);
                }
            }
        }
        em.flush();
        newSpellings.forEach((key, skill) -> known.put(key, skill.getId()));
        added.forEach((key, skill) -> known.putIfAbsent(key, skill.getId()));
        return new ImportReport(source, chunk.size(), added.size(), aliases.size());
    }

    private Skill skillFor(String key, TaxonomyEntry entry, Map<String, Long> known, Map<String, Skill> added,
            Map<String, Skill> newSpellings) {
        Long id = known.get(key);
        if (id != null) {
            return em.getReference(Skill.class, id);
        }
        Skill skill = added.get(key) != null ? added.get(key) : newSpellings.get(key);
        if (skill == null) {
            String category = entry.category() == null || entry.category().length() <= MAX_CATEGORY
                    ? entry.category() : entry.category().substring(0, MAX_CATEGORY);
            skill = new Skill(new TaxonomyEntry(entry.name().strip(), category, List.of(), entry.source(),
                    entry.externalId()));
            em.persist(skill);
            added.put(key, skill);
        }
        return skill;
    }
}
