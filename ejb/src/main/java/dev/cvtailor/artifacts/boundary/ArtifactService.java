package dev.cvtailor.artifacts.boundary;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.cvtailor.artifacts.control.ArtifactSearch;
import dev.cvtailor.artifacts.control.ArtifactSkills;
import dev.cvtailor.artifacts.control.ArtifactStore;
import dev.cvtailor.artifacts.control.FactsReader;
import dev.cvtailor.artifacts.control.FreshResume;
import dev.cvtailor.artifacts.control.JsonResume;
import dev.cvtailor.artifacts.control.SearchText;
import dev.cvtailor.artifacts.control.UploadReader;
import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.ArtifactQuery;
import dev.cvtailor.artifacts.entity.ArtifactSkill;
import dev.cvtailor.artifacts.entity.ArtifactStatus;
import dev.cvtailor.artifacts.entity.ResumeImport;
import dev.cvtailor.artifacts.entity.SourceText;
import dev.cvtailor.matching.boundary.MatchingService;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.control.DatabaseProduct;
import dev.cvtailor.platform.control.FeatureFlags;
import dev.cvtailor.platform.control.InputValidator;
import dev.cvtailor.platform.control.StatusCounts;
import dev.cvtailor.platform.control.WorkMessages;
import dev.cvtailor.platform.entity.DeadLetter;
import dev.cvtailor.platform.entity.Page;
import dev.cvtailor.skills.boundary.SkillService;
import dev.cvtailor.skills.entity.SkillRef;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** The user's work history: the one door to the artifacts component. Every method is scoped by the owner. */
@Stateless
public class ArtifactService {

    public static final String SUBJECT = "artifact";
    static final int MAX_IMPORT = 500;
    static final int MAX_EDIT_ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(ArtifactService.class.getName());
    /** EclipseLink's hint for entities built without change tracking (QueryHints.READ_ONLY). */
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext
    EntityManager em;

    @Inject
    ArtifactStore store;

    @Inject
    InputValidator validator;

    @Inject
    WorkMessages messages;

    @Inject
    SkillService skills;

    @Inject
    DatabaseProduct database;

    @Inject
    SearchText searchText;

    @Inject
    ArtifactSkills artifactSkills;

    @Inject
    UploadReader uploads;

    // looked up when used: matching reads artifacts through this service, so a direct injection would be a cycle
    @Inject
    Instance<MatchingService> matching;

    @Inject
    FeatureFlags features;

    @Resource(lookup = "jms/cvtailor/ArtifactProcessingQueue")
    Queue processingQueue;

    /** Saves the artifact as {@code PROCESSING} and queues it for processing. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Artifact create(long ownerId, ArtifactDraft draft) {
        return create(ownerId, draft, null);
    }

    /** As {@link #create(long, ArtifactDraft)}, for an artifact made from an uploaded file's text. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Artifact create(long ownerId, ArtifactDraft draft, SourceText source) {
        validator.check(draft, "The artifact");
        Artifact artifact = store.insert(ownerId, draft, declaredSkillIds(draft), source);
        queueProcessing(artifact);
        return artifact;
    }

    /**
     * The text of an uploaded file, read under the upload limits (403 when uploads are switched off, 413 for
     * a file too large, 422 for one that cannot or must not be read). Nothing is saved.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SourceText readUpload(long ownerId, InputStream file, String fileName) {
        features.require(FeatureFlags.Feature.ARTIFACT_UPLOAD, ownerId);
        return uploads.read(file, fileName);
    }

    /**
     * An uploaded archive for another component to read itself (a LinkedIn export): its bytes under the upload
     * limits, and the most it may unpack to, which that reader must hold it to.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReceivedArchive receiveArchive(long ownerId, InputStream file) {
        features.require(FeatureFlags.Feature.ARTIFACT_UPLOAD, ownerId);
        return new ReceivedArchive(uploads.receive(file), uploads.unpackedLimit());
    }

    /** An uploaded archive's bytes and the most they may unpack to. */
    public record ReceivedArchive(byte[] bytes, long unpackedLimit) {
    }

    /** As {@link #readUpload}, a PDF's lines in the order they stand on the page (a CV to be read into entries). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SourceText readUploadInReadingOrder(long ownerId, InputStream file, String fileName) {
        features.require(FeatureFlags.Feature.ARTIFACT_UPLOAD, ownerId);
        return uploads.read(file, fileName, true);
    }

    /** The taxonomy's skills among those the user named, in the skills list or as the stack. */
    private Set<Long> declaredSkillIds(ArtifactDraft draft) {
        return Stream.concat(draft.skills().stream(), draft.stack().stream())
                .flatMap(name -> skills.named(name).stream())
                .map(SkillRef::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void queueProcessing(Artifact artifact) {
        try {
            messages.send(processingQueue, SUBJECT, artifact.getId());
        } catch (JMSRuntimeException e) {
            store.markFailed(artifact.getId(), "The artifact could not be queued for processing; please submit it again");
            throw new ApplicationProblem(ApplicationProblem.Kind.UNAVAILABLE,
                    "Processing is unavailable at the moment; please try again shortly");
        }
    }

    public Page<Artifact> list(long ownerId, ArtifactQuery query) {
        validator.check(query, "The listing");
        StringBuilder where = new StringBuilder(" where a.ownerId = :owner");
        if (query.kind() != null) {
            where.append(" and a.kind = :kind");
        }
        if (query.from() != null) {
            where.append(" and a.startedOn >= :since");
        }
        if (query.to() != null) {
            where.append(" and a.startedOn <= :until");
        }
        if (query.labelId() != null) {
            // the label's join table, read here so that the database filters and pages in one query
            where.append(" and a.id in (select al.artifactId from ArtifactLabel al where al.labelId = :label)");
        }
        Long skillId = null;
        if (query.skill() != null) {
            Optional<SkillRef> skill = skills.resolve(query.skill());
            if (skill.isEmpty()) {
                return new Page<>(List.of(), query.page(), query.size(), 0);
            }
            skillId = skill.get().id();
            where.append(" and a.id in (select s.artifactId from ArtifactSkill s where s.skillId = :skill)");
        }
        ArtifactSearch search = query.q() == null ? null : ArtifactSearch.of(query.q(), database.isPostgres());
        if (search != null) {
            where.append(search.condition());
        }
        TypedQuery<Artifact> items = em.createQuery("select a from Artifact a" + where + query.orderBy(), Artifact.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Artifact a" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            q.setParameter("owner", ownerId);
            if (query.kind() != null) {
                q.setParameter("kind", query.kind());
            }
            if (query.from() != null) {
                q.setParameter("since", query.from());
            }
            if (query.to() != null) {
                q.setParameter("until", query.to());
            }
            if (query.labelId() != null) {
                q.setParameter("label", query.labelId());
            }
            if (skillId != null) {
                q.setParameter("skill", skillId);
            }
            if (search != null) {
                search.parameters().forEach(q::setParameter);
            }
        }
        List<Artifact> found = items.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultList();
        return new Page<>(found, query.page(), query.size(), count.getSingleResult());
    }

    /** Refuses (400) a draft that breaks the artifact's constraints, naming it and its fields; saves nothing. */
    public void check(ArtifactDraft draft, String what, String fieldPrefix) {
        validator.check(draft, what, fieldPrefix);
    }

    /** Replaces the artifact's fields and processes it again. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Artifact update(long ownerId, long artifactId, ArtifactDraft draft) {
        validator.check(draft, "The artifact");
        find(ownerId, artifactId);
        Set<Long> skillIds = declaredSkillIds(draft);
        for (int attempt = 1;; attempt++) {
            try {
                Artifact revised = store.revise(artifactId, draft, skillIds);
                queueProcessing(revised);
                return revised;
            } catch (OptimisticLockException e) {
                // processing of the earlier version committed meanwhile; the user's edit wins
                if (attempt == MAX_EDIT_ATTEMPTS) {
                    throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT,
                            "The artifact is changing right now; please try again");
                }
            }
        }
    }

    /**
     * Deletes the artifact with its evidence links, label and skill assignments (the schema's cascades). A
     * bulk delete, so that processing in flight cannot make it fail; that processing then finds nothing.
     */
    public void delete(long ownerId, long artifactId) {
        int deleted = em.createQuery("delete from Artifact a where a.id = :id and a.ownerId = :owner")
                .setParameter("id", artifactId)
                .setParameter("owner", ownerId)
                .executeUpdate();
        if (deleted == 0) {
            throw ApplicationProblem.notFound("Artifact");
        }
    }

    /**
     * The artifacts a JSON Resume (or FRESH, read as the JSON Resume it corresponds to) document describes, every
     * one checked: a single bad entry refuses the whole
     * document (400, naming it by its JSON path), so an import never stops half-way. The résumé's skills go
     * to the entries that mention them; those no entry shows are returned apart, to be told to the user.
     */
    public ResumeImport readJsonResume(JsonObject document) {
        JsonObject resume = FreshResume.is(document) ? FreshResume.toJsonResume(document) : document;
        Map<String, ArtifactDraft> drafts = JsonResume.drafts(resume);
        if (drafts.size() > MAX_IMPORT) {
            throw new ApplicationProblem(ApplicationProblem.Kind.UNPROCESSABLE,
                    "A résumé may hold at most " + MAX_IMPORT + " entries");
        }
        drafts.forEach((path, draft) -> validator.check(draft, "The résumé's " + path, path + "."));
        List<String> skills = JsonResume.skills(resume);
        List<ArtifactDraft> placed = drafts.values().stream()
                .map(draft -> draft.withSkillsItShows(skills)).toList();
        Set<String> shown = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        placed.forEach(draft -> shown.addAll(draft.skills()));
        return new ResumeImport(placed, skills.stream().filter(skill -> !shown.contains(skill)).toList());
    }

    /** The owner's artifacts as a JSON Resume document. */
    public JsonObject jsonResume(long ownerId, Map<Long, List<String>> evidenceUrls, String email) {
        return JsonResume.of(all(ownerId), evidenceUrls, email);
    }

    /** Every artifact of the owner, newest first (for the owner's own data export). */
    public List<Artifact> all(long ownerId) {
        return em.createNamedQuery(Artifact.BY_OWNER, Artifact.class)
                .setParameter("owner", ownerId)
                .getResultList();
    }

    /**
     * The owner's ready artifacts, newest first, the ones that may back claims: for ranking and writing, never for
     * changing (EclipseLink builds them read-only, without tracking changes, which halves the time for thousands).
     */
    public List<Artifact> ready(long ownerId) {
        return em.createNamedQuery(Artifact.BY_OWNER_AND_STATUS, Artifact.class)
                .setParameter("owner", ownerId)
                .setParameter("status", ArtifactStatus.READY)
                .setHint(READ_ONLY, Boolean.TRUE)
                .getResultList();
    }

    /** Artifacts of all users made from {@code from} to {@code to}: how many came from an uploaded file, and how many failed. */
    public UploadFigures uploadsBetween(Instant from, Instant to) {
        Object[] row = em.createQuery("select count(a), sum(case when a.status = :failed then 1 else 0 end)"
                + " from Artifact a where a.sourceFileName is not null and a.createdAt >= :from and a.createdAt < :to",
                Object[].class).setParameter("failed", ArtifactStatus.FAILED).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
        return new UploadFigures(((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue());
    }

    /** Uploads of a period, and those that could not be read. */
    public record UploadFigures(long uploads, long failed) {
    }

    /** How many artifacts of all users are in each state: the processing backlog as the database sees it. */
    public Map<ArtifactStatus, Long> countsByStatus() {
        return StatusCounts.of(em, ArtifactStatus.class, "select a.status, count(a) from Artifact a group by a.status");
    }

    public Artifact find(long ownerId, long artifactId) {
        Artifact artifact = em.find(Artifact.class, artifactId);
        if (artifact == null || !artifact.isOwnedBy(ownerId)) {
            throw ApplicationProblem.notFound("Artifact");
        }
        return artifact;
    }

    /**
     * Processes a queued artifact. Called by the queue's consumer, in a transaction of its own; a message for an
     * artifact that is gone or already processed is ignored, so a redelivery does no harm.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void process(long artifactId) {
        // the row stays locked while it is processed: an edit or a deletion waits for it instead of failing it
        Artifact artifact = em.find(Artifact.class, artifactId, LockModeType.PESSIMISTIC_WRITE);
        if (artifact == null || artifact.getStatus() != ArtifactStatus.PROCESSING) {
            return;
        }
        String prose = Stream.of(artifact.getTitle(), artifact.getSummary(), artifact.getDescription(),
                artifact.getBodyText()).filter(Objects::nonNull).collect(Collectors.joining("\n"));
        Set<SkillRef> found = skills.foundIn(prose);
        artifact.complete(FactsReader.read(artifact.getBodyText() != null ? artifact.getBodyText()
                : artifact.getDescription(), found));
        artifactSkills.replaceExtracted(artifactId, found.stream().map(SkillRef::id).toList());
        artifact.embed(matching.get().embed(artifact.embeddedText()).toBytes());
        artifact.markReady();
        searchText.update(artifact);
    }

    /**
     * The skills each of the owner's artifacts shows: the taxonomy's (named by the user first, then found in
     * the text), then the names the user gave that the taxonomy does not know, without a category.
     */
    public Map<Long, List<SkillRef>> skillsOf(long ownerId, Collection<Artifact> owned) {
        List<Long> ids = owned.stream().filter(a -> a.isOwnedBy(ownerId)).map(Artifact::getId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return skillsFrom(artifactSkills.of(ids), owned);
    }

    /** The skills of the owner's {@link #ready} artifacts, read in one query however many they are. */
    public Map<Long, List<SkillRef>> skillsOfReady(long ownerId, Collection<Artifact> ready) {
        return skillsFrom(artifactSkills.ofOwner(ownerId, ArtifactStatus.READY),
                ready.stream().filter(a -> a.isOwnedBy(ownerId)).toList());
    }

    private Map<Long, List<SkillRef>> skillsFrom(List<ArtifactSkill> rows, Collection<Artifact> owned) {
        Map<Long, SkillRef> refs = skills.refs(rows.stream().map(ArtifactSkill::getSkillId).distinct().toList());
        Map<Long, List<SkillRef>> shown = new HashMap<>();
        rows.forEach(row -> shown.computeIfAbsent(row.getArtifactId(), id -> new ArrayList<>())
                .add(refs.get(row.getSkillId())));
        for (Artifact artifact : owned) {
            List<SkillRef> list = shown.computeIfAbsent(artifact.getId(), id -> new ArrayList<>());
            artifact.getDeclaredSkills().stream()
                    .filter(name -> skills.named(name).isEmpty())
                    .forEach(name -> list.add(new SkillRef(0, name, null)));
        }
        return shown;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void onDeadLetter(@Observes DeadLetter letter) {
        if (!SUBJECT.equals(letter.subject())) {
            return;
        }
        Artifact artifact = em.find(Artifact.class, letter.entityId());
        if (artifact != null && artifact.getStatus() == ArtifactStatus.PROCESSING) {
            LOG.warning(() -> "Artifact " + letter.entityId() + " failed processing repeatedly");
            artifact.markFailed("Processing failed repeatedly; please check the artifact and submit it again");
        }
    }
}
