package dev.cvtailor.generation.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.entity.Role;
import dev.cvtailor.audit.boundary.AuditTrail;
import dev.cvtailor.audit.entity.AuditType;
import dev.cvtailor.audit.entity.Outcome;
import dev.cvtailor.generation.control.DocumentAuthor;
import dev.cvtailor.generation.control.DocumentReviser;
import dev.cvtailor.generation.control.DocumentHold;
import dev.cvtailor.generation.control.DocumentStore;
import dev.cvtailor.generation.control.LlmObserver;
import dev.cvtailor.generation.entity.DocumentKind;
import dev.cvtailor.generation.entity.DocumentOutcome;
import dev.cvtailor.generation.entity.DocumentStatus;
import dev.cvtailor.generation.entity.GeneratedDocument;
import dev.cvtailor.generation.entity.GenerationFigures;
import dev.cvtailor.generation.entity.GenerationRequest;
import dev.cvtailor.generation.entity.Generator;
import dev.cvtailor.generation.entity.KeywordCoverage;
import dev.cvtailor.generation.entity.Length;
import dev.cvtailor.generation.entity.Rewording;
import dev.cvtailor.generation.entity.LlmState;
import dev.cvtailor.generation.entity.Tone;
import dev.cvtailor.jobs.boundary.JobDescriptionService;
import dev.cvtailor.jobs.entity.JobDescription;
import dev.cvtailor.labels.boundary.LabelService;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.boundary.RateLimits;
import dev.cvtailor.platform.control.FeatureFlags.Feature;
import dev.cvtailor.platform.control.FeatureFlags;
import dev.cvtailor.platform.control.InputValidator;
import dev.cvtailor.platform.control.Retention;
import dev.cvtailor.platform.control.StatusCounts;
import dev.cvtailor.platform.control.WorkMessages;
import dev.cvtailor.platform.entity.DeadLetter;
import dev.cvtailor.platform.entity.JsonColumn;
import dev.cvtailor.platform.entity.PurgeReport;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * Generated documents: requesting them, generating them on the queue's consumer, reading them. The one door to
 * the generation component; every read is scoped by the owner.
 */
@Stateless
public class GenerationService {

    public static final String SUBJECT = "document";
    static final int MAX_ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(GenerationService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentStore store;

    @Inject
    InputValidator validator;

    @Inject
    WorkMessages messages;

    @Inject
    JobDescriptionService jobs;

    @Inject
    DocumentAuthor author;

    @Inject
    LlmObserver llmObserver;

    @Inject
    LabelService labels;

    @Resource(lookup = "jms/cvtailor/GenerationQueue")
    Queue generationQueue;

    @Inject
    RateLimits rateLimits;

    @Inject
    FeatureFlags features;

    @Inject
    AccountService accounts;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "cvtailor.ratelimit.generations-per-hour", defaultValue = "10")
    int generationsPerHour;

    /** A document queued or running untouched this long has lost its message or its consumer. */
    @Inject
    @ConfigProperty(name = "cvtailor.generation.stalled-after", defaultValue = "PT10M")
    Duration stalledAfter;

    @Inject
    Retention retention;

    @Inject
    @Any
    Instance<DocumentHold> holds;

    @Inject
    DocumentReviser reviser;

    /** Stores the job description and a {@code QUEUED} CV, then queues its generation. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public GeneratedDocument requestCv(long ownerId, GenerationRequest request) {
        features.require(Feature.CV_GENERATION, ownerId);
        return request(ownerId, DocumentKind.CV, request);
    }

    /** Stores the job description and a {@code QUEUED} cover letter, then queues its generation. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public GeneratedDocument requestCoverLetter(long ownerId, GenerationRequest request) {
        features.require(Feature.COVER_LETTER, ownerId);
        return request(ownerId, DocumentKind.COVER_LETTER, request);
    }

    private GeneratedDocument request(long ownerId, DocumentKind kind, GenerationRequest request) {
        validator.check(request, "The generation request");
        if (Tone.of(request.tone()) == null) {
            throw ApplicationProblem.invalidField("tone", "must be one of professional, enthusiastic, concise");
        }
        if (Length.of(request.length()) == null) {
            throw ApplicationProblem.invalidField("length", "must be one-page or two-pages");
        }
        labels.requireOwned(ownerId, request.labelIds());
        spendGenerationBudget(ownerId);
        JobDescription jd = request.jobDescriptionId() != null
                ? jobs.find(ownerId, request.jobDescriptionId())
                : jobs.register(ownerId, "jobDescription", request.jobDescription(), null, null, null);
        GeneratedDocument document = store.insertQueued(ownerId, kind, jd, request);
        try {
            messages.send(generationQueue, SUBJECT, document.getId());
            LOG.info(() -> "Queued document " + document.getId() + " (" + kind.code + ") of user " + ownerId);
        } catch (JMSRuntimeException e) {
            store.fail(document.getId(), "The document could not be queued for generation; please try again");
            throw new ApplicationProblem(ApplicationProblem.Kind.UNAVAILABLE,
                    "Generation is unavailable at the moment; please try again shortly");
        }
        audit.record(ownerId, AuditType.GENERATION_REQUESTED, Outcome.SUCCESS,
                document.getKind().code + " document " + document.getId());
        return document;
    }

    /** CVs and cover letters together share one hourly budget per user (admins may be exempted). */
    private void spendGenerationBudget(long ownerId) {
        try {
            rateLimits.spend(ownerId, () -> accounts.find(ownerId).role() == Role.ADMIN, RateLimits.GENERATION_BUCKET,
                    generationsPerHour, "generations");
        } catch (ApplicationProblem refused) {
            audit.record(ownerId, AuditType.RATE_LIMITED, Outcome.DENIED, "generation");
            throw refused;
        }
    }

    /**
     * Generates a queued document; called by the queue's consumer. A document that is gone, finished or being
     * written by another consumer is left alone, so a redelivered message does no harm. A failure gives the
     * document back to the queue and propagates, so the broker redelivers.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void generate(long documentId) {
        Optional<GeneratedDocument> started = store.start(documentId, Instant.now().minus(stalledAfter));
        if (started.isEmpty()) {
            LOG.fine(() -> "Document " + documentId + " is finished, gone or being written elsewhere");
            return;
        }
        try {
            author.write(started.get());
        } catch (RuntimeException e) {
            try {
                store.release(documentId);
            } catch (RuntimeException unreleased) {
                e.addSuppressed(unreleased);
            }
            throw e;
        }
    }

    /**
     * Every minute, documents that stalled (queued or running, untouched for {@code cvtailor.generation.stalled-after}:
     * a lost message, a server that died mid-way) are queued again, or failed after {@link #MAX_ATTEMPTS} starts.
     * A persistent timer: one replica runs each firing; the row lock keeps a document from being queued twice.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void recoverStalled() {
        Instant before = Instant.now().minus(stalledAfter);
        for (Long id : store.stalled(before, 100)) {
            if (store.requeueOrFail(id, before, MAX_ATTEMPTS)) {
                try {
                    messages.send(generationQueue, SUBJECT, id);
                    LOG.info(() -> "Queued stalled document " + id + " again");
                } catch (JMSRuntimeException e) {
                    LOG.warning(() -> "The broker refused to queue stalled document " + id + "; next round: " + e);
                    return;
                }
            }
        }
    }

    /**
     * Deletes the unsaved documents older than {@code cvtailor.retention.documents} ({@code P90D}) as if it were
     * {@code now} (hourly by a timer job; an admin's run, and the tests' clock), in batches of at most
     * {@link Retention#MAX_BATCH} per transaction, except those a {@link DocumentHold} keeps (in a review, frozen as
     * a sent copy).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PurgeReport purgeUnsaved(Instant now) {
        Instant before = retention.documentsBefore(now);
        return retention.inBatches("unsaved documents",
                after -> store.purgeUnsaved(before, after, retention.batch(), holds));
    }

    /** When an unsaved document is deleted unless its owner saves it; none for a saved one. */
    public Optional<Instant> deletedAt(GeneratedDocument document) {
        return document.isSaved() ? Optional.empty() : Optional.of(document.getCreatedAt().plus(retention.documents()));
    }

    /**
     * A new version of the owner's ready document with one part reworded (a reviewer's suggestion the owner
     * accepted), verified against the owner's artifacts; refused with 422 when they do not support the words.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public GeneratedDocument revise(long ownerId, long documentId, Rewording rewording) {
        GeneratedDocument base = find(ownerId, documentId);
        if (base.getStatus() != DocumentStatus.READY) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT, "Only a ready document can be revised");
        }
        return reviser.revise(base, rewording);
    }

    /** Keeps a document past the purge of unsaved ones, or lets it go. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public GeneratedDocument save(long ownerId, long documentId, boolean keep) {
        find(ownerId, documentId);
        return store.save(documentId, keep);
    }

    /** The user's rating of a document's relevance (1–10), the spec's content-relevance measure. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void rate(long ownerId, long documentId, Integer score, String comment) {
        if (score == null || score < 1 || score > 10) {
            throw ApplicationProblem.invalidField("score", "must be a whole number from 1 to 10");
        }
        if (comment != null && comment.length() > 2000) {
            throw ApplicationProblem.invalidField("comment", "must have at most 2000 characters");
        }
        GeneratedDocument document = find(ownerId, documentId);
        if (document.getStatus() != DocumentStatus.READY) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT, "Only a ready document can be rated");
        }
        store.rate(documentId, score, comment);
    }

    /** Every version of the document: the owner's documents of its kind for the same posting, oldest first. */
    public List<GeneratedDocument> versions(long ownerId, long documentId) {
        GeneratedDocument document = find(ownerId, documentId);
        return em.createQuery("select d from GeneratedDocument d where d.ownerId = :owner and d.kind = :kind"
                + " and d.jobDescriptionHash = :hash order by d.version", GeneratedDocument.class)
                .setParameter("owner", ownerId)
                .setParameter("kind", document.getKind())
                .setParameter("hash", document.getJobDescriptionHash())
                .getResultList();
    }

    /** How the language model fares on this server (none configured, circuit closed or open, last failure). */
    public LlmState llmState() {
        return llmObserver.state();
    }

    /** The average rating and count per generator (llm, template), across users: for admins. */
    /** How many documents of all users are in each state: the queue's backlog as the database sees it. */
    public Map<DocumentStatus, Long> countsByStatus() {
        return StatusCounts.of(em, DocumentStatus.class,
                "select d.status, count(d) from GeneratedDocument d group by d.status");
    }

    public Map<String, RatingSummary> ratings() {
        Map<String, RatingSummary> ratings = new java.util.TreeMap<>();
        em.createQuery("select d.generator, avg(d.rating), count(d.rating) from GeneratedDocument d"
                + " where d.rating is not null group by d.generator", Object[].class).getResultStream()
                .forEach(row -> ratings.put(((Generator) row[0]).code(),
                        new RatingSummary(Math.round(((Number) row[1]).doubleValue() * 100) / 100.0,
                                ((Number) row[2]).longValue())));
        return ratings;
    }

    /** The average of the ratings given and how many there are. */
    public record RatingSummary(double average, long count) {
    }

    /**
     * The documents of all users requested from {@code from} to {@code to}, for the reports: how many, how many
     * failed, by generator and outcome ("template/ready"), their ratings, the spread of their keyword coverage, and
     * the 95th percentile of the time from request to finish per kind (null where no document finished).
     */
    public GenerationFigures figuresBetween(Instant from, Instant to) {
        List<DocumentOutcome> documents = em.createQuery("select new dev.cvtailor.generation.entity.DocumentOutcome("
                + "d.status, d.generator, d.rating, d.coverageJson, d.kind, d.createdAt, d.completedAt)"
                + " from GeneratedDocument d where d.createdAt >= :from and d.createdAt < :to", DocumentOutcome.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<String, Long> byOutcome = new java.util.TreeMap<>();
        Map<String, Long> coverage = new java.util.LinkedHashMap<>();
        for (String band : GenerationFigures.COVERAGE_BANDS) {
            coverage.put(band, 0L);
        }
        Map<DocumentKind, List<Double>> seconds = new java.util.EnumMap<>(DocumentKind.class);
        long failed = 0;
        long ratings = 0;
        double ratingSum = 0;
        for (DocumentOutcome d : documents) {
            String generator = d.generator() == null ? "none" : d.generator().code();
            byOutcome.merge(generator + "/" + d.status().name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
            if (d.status() == DocumentStatus.FAILED) {
                failed++;
            }
            if (d.rating() != null) {
                ratings++;
                ratingSum += d.rating();
            }
            KeywordCoverage covered = JsonColumn.read(d.coverageJson(), KeywordCoverage.class);
            if (covered != null) {
                coverage.merge(GenerationFigures.band(covered.ratio()), 1L, Long::sum);
            }
            if (d.status() == DocumentStatus.READY && d.completedAt() != null) {
                seconds.computeIfAbsent(d.kind(), k -> new ArrayList<>())
                        .add(java.time.Duration.between(d.createdAt(), d.completedAt()).toMillis() / 1000.0);
            }
        }
        return new GenerationFigures(documents.size(), failed, byOutcome, ratings == 0 ? null : ratingSum / ratings,
                ratings, coverage, GenerationFigures.p95(seconds.get(DocumentKind.CV)),
                GenerationFigures.p95(seconds.get(DocumentKind.COVER_LETTER)));
    }

    /**
     * For cohort insights: per owner among the given ones, how many ready documents they have, and the critical
     * posting keywords their documents could not back (the verifier's {@code missing}). Aggregated by the caller.
     */
    public Map<Long, OwnerDocuments> documentsOf(Collection<Long> ownerIds) {
        Map<Long, OwnerDocuments> byOwner = new HashMap<>();
        List<Long> owners = List.copyOf(ownerIds);
        for (int from = 0; from < owners.size(); from += 1000) {
            em.createQuery("select d.ownerId, d.coverageJson from GeneratedDocument d where d.ownerId in :owners"
                    + " and d.status = :ready", Object[].class)
                    .setParameter("owners", owners.subList(from, Math.min(owners.size(), from + 1000)))
                    .setParameter("ready", DocumentStatus.READY)
                    .getResultStream()
                    .forEach(row -> {
                        OwnerDocuments documents = byOwner.computeIfAbsent((Long) row[0],
                                id -> new OwnerDocuments(new int[1], new HashSet<>()));
                        documents.count()[0]++;
                        KeywordCoverage coverage = JsonColumn.read((String) row[1], KeywordCoverage.class);
                        if (coverage != null) {
                            documents.missing().addAll(coverage.missing());
                        }
                    });
        }
        return byOwner;
    }

    /** One owner's ready documents, counted, and the keywords they could not back. */
    public record OwnerDocuments(int[] count, Set<String> missing) {
    }

    public GeneratedDocument find(long ownerId, long documentId) {
        GeneratedDocument document = em.find(GeneratedDocument.class, documentId);
        if (document == null || !document.isOwnedBy(ownerId)) {
            throw ApplicationProblem.notFound("Document");
        }
        return document;
    }

    /** Every document of the owner, with its content (for the owner's own data export). */
    public List<GeneratedDocument> all(long ownerId) {
        return em.createQuery("select d from GeneratedDocument d where d.ownerId = :owner order by d.id",
                GeneratedDocument.class).setParameter("owner", ownerId).getResultList();
    }

    public List<GeneratedDocument> list(long ownerId, DocumentKind kind, Long jobDescriptionId) {
        StringBuilder jpql = new StringBuilder("select d from GeneratedDocument d where d.ownerId = :owner");
        if (kind != null) {
            jpql.append(" and d.kind = :kind");
        }
        if (jobDescriptionId != null) {
            jpql.append(" and d.jobDescriptionId = :jd");
        }
        jpql.append(" order by d.createdAt desc, d.id desc");
        TypedQuery<GeneratedDocument> query = em.createQuery(jpql.toString(), GeneratedDocument.class)
                .setParameter("owner", ownerId)
                .setMaxResults(500);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (jobDescriptionId != null) {
            query.setParameter("jd", jobDescriptionId);
        }
        return query.getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onDeadLetter(@Observes DeadLetter letter) {
        if (SUBJECT.equals(letter.subject())) {
            LOG.warning(() -> "Document " + letter.entityId() + " failed generation repeatedly");
            store.fail(letter.entityId(), "Generation failed repeatedly; please try again");
        }
    }
}
