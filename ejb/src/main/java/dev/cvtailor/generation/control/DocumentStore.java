package dev.cvtailor.generation.control;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.cvtailor.generation.entity.DocumentKind;
import dev.cvtailor.generation.entity.DocumentStatus;
import dev.cvtailor.generation.entity.GeneratedDocument;
import dev.cvtailor.generation.entity.GenerationRequest;
import dev.cvtailor.generation.entity.KeywordCoverage;
import dev.cvtailor.generation.entity.ModelUse;
import dev.cvtailor.generation.entity.Generator;
import dev.cvtailor.jobs.entity.JobDescription;
import dev.cvtailor.platform.entity.PurgeBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Each step of a document's life, committed on its own: the row exists before its message is sent, and its
 * status is visible to the user while the consumer works.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class DocumentStore {

    @Inject
    GenerationMetrics metrics;

    @PersistenceContext
    EntityManager em;

    public GeneratedDocument insertQueued(long ownerId, DocumentKind kind, JobDescription jd, GenerationRequest request) {
        Integer latest = em.createNamedQuery(GeneratedDocument.LATEST_VERSION, Integer.class)
                .setParameter("owner", ownerId)
                .setParameter("kind", kind)
                .setParameter("hash", jd.getHash())
                .getSingleResult();
        GeneratedDocument document = new GeneratedDocument(ownerId, kind, jd.getId(), jd.getHash(),
                latest == null ? 1 : latest + 1, request);
        em.persist(document);
        return document;
    }

    /**
     * Moves the document to RUNNING and hands it over, or nothing when it is gone, finished, or being written by
     * another consumer that started after {@code busySince}. The row lock makes one of two deliveries win.
     */
    public Optional<GeneratedDocument> start(long documentId, Instant busySince) {
        GeneratedDocument document = em.find(GeneratedDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        return document != null && document.start(busySince) ? Optional.of(document) : Optional.empty();
    }

    /** Gives a document whose attempt failed back to the queue (see {@link GeneratedDocument#release()}). */
    public void release(long documentId) {
        GeneratedDocument document = em.find(GeneratedDocument.class, documentId);
        if (document != null) {
            document.release();
        }
    }

    /**
     * Stores the written document and, when a language model wrote it, the request and its tokens, in one commit:
     * a reader never sees the document READY without them.
     */
    public void complete(long documentId, Object content, String text, KeywordCoverage coverage,
            Generator generator, String note, Optional<ModelUse> modelUse) {
        GeneratedDocument document = em.find(GeneratedDocument.class, documentId);
        if (document != null) {
            modelUse.ifPresent(use -> document.generatedBy(use.generationKey(), use.inputTokens(), use.outputTokens()));
            document.complete(content, text, coverage, generator, note);
            metrics.finished(document, "ready");
        }
    }

    /** A new READY version of the base document with the given (verified) content: same kind, posting and request. */
    public GeneratedDocument insertRevision(GeneratedDocument base, Object content, String text,
            KeywordCoverage coverage, String note) {
        Integer latest = em.createNamedQuery(GeneratedDocument.LATEST_VERSION, Integer.class)
                .setParameter("owner", base.getOwnerId())
                .setParameter("kind", base.getKind())
                .setParameter("hash", base.getJobDescriptionHash())
                .getSingleResult();
        GeneratedDocument revision = new GeneratedDocument(base.getOwnerId(), base.getKind(),
                base.getJobDescriptionId(), base.getJobDescriptionHash(), latest == null ? 1 : latest + 1, base.request());
        revision.complete(content, text, coverage, base.getGenerator(), note);
        revision.save(true);
        em.persist(revision);
        em.flush();
        return revision;
    }

    public void fail(long documentId, String reason) {
        fail(documentId, reason, null);
    }

    public void fail(long documentId, String reason, Integer httpStatus) {
        GeneratedDocument document = em.find(GeneratedDocument.class, documentId);
        if (document != null) {
            document.fail(reason, httpStatus);
            metrics.finished(document, "failed");
        }
    }

    /** The documents that stalled before the instant (not finished, untouched since), oldest first. */
    public List<Long> stalled(Instant before, int limit) {
        return em.createQuery("select d.id from GeneratedDocument d where d.status in :open and d.updatedAt < :before"
                + " order by d.updatedAt", Long.class)
                .setParameter("open", List.of(DocumentStatus.QUEUED, DocumentStatus.RUNNING))
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Queues a stalled document again (true) or fails it after too many attempts; a recovered one is left alone. */
    public boolean requeueOrFail(long documentId, Instant before, int maxAttempts) {
        GeneratedDocument document = em.find(GeneratedDocument.class, documentId,
                LockModeType.PESSIMISTIC_WRITE);
        return document != null && document.stalledSince(before) && document.requeueOrFail(maxAttempts);
    }

    public GeneratedDocument save(long documentId, boolean keep) {
        GeneratedDocument document = em.find(GeneratedDocument.class, documentId);
        document.save(keep);
        return document;
    }

    public void rate(long documentId, int score, String comment) {
        em.find(GeneratedDocument.class, documentId).rate(score, comment);
    }

    /** Records which language-model request made the document and what it cost. */
    /** The owner's latest ready document written by a language model for the same request, if any. */
    public Optional<GeneratedDocument> answered(long ownerId, String generationKey) {
        return em.createQuery("select d from GeneratedDocument d where d.ownerId = :owner"
                + " and d.generationKey = :key and d.status = :ready and d.generator = :llm order by d.id desc",
                GeneratedDocument.class)
                .setParameter("owner", ownerId)
                .setParameter("key", generationKey)
                .setParameter("ready", DocumentStatus.READY)
                .setParameter("llm", Generator.LLM)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * Deletes, in this transaction, the unsaved documents made before {@code before} among the next {@code limit}
     * by id after {@code afterId}, except those a hold keeps; reviews' and applications' links to them go with them
     * (foreign keys), export logs stay with no document (they are kept two years).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public PurgeBatch purgeUnsaved(Instant before, long afterId, int limit, Iterable<DocumentHold> holds) {
        List<Long> candidates = em.createQuery("select d.id from GeneratedDocument d where d.saved = false"
                + " and d.createdAt < :before and d.id > :after order by d.id", Long.class)
                .setParameter("before", before).setParameter("after", afterId).setMaxResults(limit).getResultList();
        if (candidates.isEmpty()) {
            return PurgeBatch.NONE;
        }
        Set<Long> doomed = new HashSet<>(candidates);
        for (DocumentHold hold : holds) {
            doomed.removeAll(hold.heldAmong(candidates));
        }
        int removed = doomed.isEmpty() ? 0 : em.createQuery("delete from GeneratedDocument d where d.id in :ids")
                .setParameter("ids", doomed).executeUpdate();
        return new PurgeBatch(candidates.size(), removed, candidates.get(candidates.size() - 1));
    }
}
