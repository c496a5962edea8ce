package dev.cvtailor.skills.boundary;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.control.LikePattern;
import dev.cvtailor.schema.SkillKey;
import dev.cvtailor.skills.control.TaxonomyFiles;
import dev.cvtailor.skills.control.TaxonomyWriter;
import dev.cvtailor.skills.control.VocabularyCache;
import dev.cvtailor.skills.entity.ImportReport;
import dev.cvtailor.skills.entity.Skill;
import dev.cvtailor.skills.entity.SkillRef;
import dev.cvtailor.skills.entity.SkillView;
import dev.cvtailor.skills.entity.TaxonomyEntry;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The skills taxonomy: the one door to the skills component. Shared by all users; admins extend it. */
@Stateless
public class SkillService {

    static final int IMPORT_CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    VocabularyCache cache;

    @Inject
    TaxonomyWriter writer;

    /**
     * Skills whose name or any spelling contains the query (case-insensitive), the exact name first, then
     * names that start with it, then the shortest; with no query, the first skills by name.
     */
    public List<SkillView> search(String query, int limit) {
        String key = query == null ? "" : SkillKey.of(query);
        List<Skill> found = em.createQuery("select s from Skill s where s.id in (select a.skill.id from SkillAlias a"
                + " where a.aliasKey like :pattern escape '\\') order by case when s.nameKey = :key then 0"
                + " when s.nameKey like :prefix escape '\\' then 1 else 2 end, length(s.name), s.name", Skill.class)
                .setParameter("pattern", LikePattern.containing(key))
                .setParameter("key", key)
                .setParameter("prefix", LikePattern.startingWith(key))
                .setMaxResults(limit)
                .getResultList();
        Map<Long, List<String>> aliases = new HashMap<>();
        if (!found.isEmpty()) {
            Map<Long, String> nameKeys = found.stream().collect(Collectors.toMap(Skill::getId, Skill::getNameKey));
            em.createQuery("select a.skill.id, a.alias, a.aliasKey from SkillAlias a where a.skill.id in :ids"
                    + " order by a.id", Object[].class)
                    .setParameter("ids", nameKeys.keySet())
                    .getResultStream()
                    .filter(row -> !row[2].equals(nameKeys.get((Long) row[0])))
                    .forEach(row -> aliases.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        }
        return found.stream().map(s -> new SkillView(s.getName(), s.getCategory(),
                aliases.getOrDefault(s.getId(), List.of()))).toList();
    }

    /** The skills a user means by the names in a list of skills (any spelling, any case). */
    public Set<SkillRef> named(String name) {
        return cache.vocabulary().named(name);
    }

    /** The skill with exactly this name or spelling (any case), if the taxonomy knows it. */
    public Optional<SkillRef> resolve(String name) {
        return cache.vocabulary().exactly(name);
    }

    /** The skills a piece of prose names, plain words left alone. */
    public Set<SkillRef> foundIn(String text) {
        return cache.vocabulary().foundIn(text);
    }

    /** The skills a text names, each with the text's own spelling of it ("AWS", not "Amazon Web Services"). */
    public Map<SkillRef, String> spellingsIn(String text) {
        return cache.vocabulary().spellingsIn(text);
    }

    public Map<Long, SkillRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from Skill s where s.id in :ids", Skill.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Skill::getId, Skill::ref));
    }

    /** Merges an ESCO skills CSV into the taxonomy (see {@link TaxonomyFiles}); 422 for another file. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportReport importEsco(Reader csv) {
        return importTaxonomy(TaxonomyFiles.ESCO, () -> TaxonomyFiles.esco(csv));
    }

    /** Merges O*NET's Technology Skills file into the taxonomy; 422 for another file. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportReport importOnet(Reader tsv) {
        return importTaxonomy(TaxonomyFiles.ONET, () -> TaxonomyFiles.onet(tsv));
    }

    /**
     * Merges the entries into the taxonomy, idempotently, a chunk per transaction. A file that breaks off
     * half-way keeps the chunks before the break; importing it again once mended adds only the rest.
     */
    private ImportReport importTaxonomy(String source, Supplier<Stream<TaxonomyEntry>> reader) {
        try {
            return importEntries(source, reader.get());
        } catch (IllegalArgumentException e) {
            throw new ApplicationProblem(ApplicationProblem.Kind.UNPROCESSABLE, e.getMessage());
        } catch (UncheckedIOException e) {
            throw new ApplicationProblem(ApplicationProblem.Kind.UNPROCESSABLE,
                    "The file is not well-formed: " + e.getCause().getMessage());
        }
    }

    private ImportReport importEntries(String source, Stream<TaxonomyEntry> entries) {
        Map<String, Long> known = writer.knownKeys();
        ImportReport report = new ImportReport(source, 0, 0, 0);
        List<TaxonomyEntry> chunk = new ArrayList<>(IMPORT_CHUNK);
        try (entries) {
            for (TaxonomyEntry entry : (Iterable<TaxonomyEntry>) entries::iterator) {
                chunk.add(entry);
                if (chunk.size() == IMPORT_CHUNK) {
                    report = report.plus(writer.write(source, chunk, known));
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                report = report.plus(writer.write(source, chunk, known));
            }
        } finally {
            cache.invalidate();
        }
        return report;
    }
}
