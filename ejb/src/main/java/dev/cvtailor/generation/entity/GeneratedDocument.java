package dev.cvtailor.generation.entity;

import java.time.Instant;

import dev.cvtailor.platform.entity.JsonColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A generated CV or cover letter: one version for one job description. It goes {@code QUEUED} →
 * {@code RUNNING} → {@code READY} or {@code FAILED}; only the generation consumer moves it along.
 */
@Entity
@Table(name = "generated_documents")
@NamedQuery(name = GeneratedDocument.LATEST_VERSION,
        query = "select max(d.version) from GeneratedDocument d where d.ownerId = :owner and d.kind = :kind"
                + " and d.jobDescriptionHash = :hash")
public class GeneratedDocument {

    public static final String LATEST_VERSION = "GeneratedDocument.latestVersion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false, length = 16)
    private DocumentKind kind;

    @Column(name = "job_description_id")
    private Long jobDescriptionId;

    @Column(name = "job_description_hash", length = 64)
    private String jobDescriptionHash;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentStatus status;

    @Column(name = "request_json")
    private String requestJson;

    @Column(name = "content_json")
    private String contentJson;

    @Column(name = "text_content")
    private String textContent;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Generator generator;

    @Column(name = "generator_note", length = 1000)
    private String generatorNote;

    @Column(name = "failure_reason", length = 1000)
    private String failureReason;

    @Column(name = "coverage_json")
    private String coverageJson;

    @Column(name = "generation_key", length = 64)
    private String generationKey;

    @Column(name = "input_tokens")
    private Integer inputTokens;

    @Column(name = "output_tokens")
    private Integer outputTokens;

    @Column(name = "failure_status")
    private Integer failureStatus;

    @Column(nullable = false)
    private int attempts;

    private Integer rating;

    @Column(name = "rating_comment", length = 2000)
    private String ratingComment;

    @Column(nullable = false)
    private boolean saved;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** When it was written or failed: with {@code createdAt}, the generation time the weekly report takes the p95 of. */
    @Column(name = "completed_at")
    private Instant completedAt;

    protected GeneratedDocument() {
    }

    public GeneratedDocument(long ownerId, DocumentKind kind, long jobDescriptionId, String jobDescriptionHash,
            int version, GenerationRequest request) {
        this.ownerId = ownerId;
        this.kind = kind;
        this.jobDescriptionId = jobDescriptionId;
        this.jobDescriptionHash = jobDescriptionHash;
        this.version = version;
        this.requestJson = JsonColumn.write(request);
        this.status = DocumentStatus.QUEUED;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public boolean isOwnedBy(long userId) {
        return ownerId == userId;
    }

    /**
     * Whether the generation consumer may (re)start this document: it is not finished, and no other consumer has
     * been at it since {@code busySince} (a message delivered twice, say after a broker restart, is generated once;
     * an attempt that died is the stall recovery's to retry).
     */
    public boolean start(Instant busySince) {
        if (status.isFinished() || status == DocumentStatus.RUNNING && updatedAt.isAfter(busySince)) {
            return false;
        }
        status = DocumentStatus.RUNNING;
        attempts++;
        updatedAt = Instant.now();
        return true;
    }

    /** An attempt that failed before it finished gives the document back to the queue's next delivery. */
    public void release() {
        if (status == DocumentStatus.RUNNING) {
            status = DocumentStatus.QUEUED;
            updatedAt = Instant.now();
        }
    }

    /** Not finished and untouched since the instant: its message or its consumer was lost. */
    public boolean stalledSince(Instant before) {
        return !status.isFinished() && updatedAt.isBefore(before);
    }

    /**
     * A stalled document goes back to the queue, or, once generation has started it {@code maxAttempts} times,
     * fails. Returns whether it is to be queued again.
     */
    public boolean requeueOrFail(int maxAttempts) {
        if (attempts >= maxAttempts) {
            fail("Generation did not finish after " + attempts + " attempts; please try again");
            return false;
        }
        status = DocumentStatus.QUEUED;
        updatedAt = Instant.now();
        return true;
    }

    public void save(boolean keep) {
        this.saved = keep;
        this.updatedAt = Instant.now();
    }

    public void rate(int score, String comment) {
        this.rating = score;
        this.ratingComment = comment;
    }

    /** The content (a {@link CvContent} or a {@link CoverLetterContent}), verified, and what made it. */
    public void complete(Object content, String text, KeywordCoverage coverage, Generator by, String note) {
        if (status.isFinished()) {
            return;
        }
        this.contentJson = JsonColumn.write(content);
        this.coverageJson = JsonColumn.write(coverage);
        this.textContent = text;
        this.generator = by;
        this.generatorNote = note;
        this.status = DocumentStatus.READY;
        this.failureReason = null;
        this.updatedAt = Instant.now();
        this.completedAt = updatedAt;
    }

    public void fail(String reason) {
        fail(reason, null);
    }

    /** Failed, with the HTTP status that names the cause when it is not the server's fault alone (502: no LLM). */
    public void fail(String reason, Integer httpStatus) {
        if (status.isFinished()) {
            return;
        }
        status = DocumentStatus.FAILED;
        failureReason = reason;
        failureStatus = httpStatus;
        updatedAt = Instant.now();
        completedAt = updatedAt;
    }

    public GenerationRequest request() {
        return JsonColumn.read(requestJson, GenerationRequest.class);
    }

    /** The CV's content; null for a cover letter or a document not generated yet. */
    public CvContent cvContent() {
        return kind == DocumentKind.CV ? JsonColumn.read(contentJson, CvContent.class) : null;
    }

    /** The cover letter's content; null for a CV or a document not generated yet. */
    public CoverLetterContent coverLetterContent() {
        return kind == DocumentKind.COVER_LETTER ? JsonColumn.read(contentJson, CoverLetterContent.class) : null;
    }

    /** The content, whatever the kind: what the API shows. */
    public Object content() {
        return kind == DocumentKind.CV ? cvContent() : coverLetterContent();
    }

    public KeywordCoverage keywordCoverage() {
        return JsonColumn.read(coverageJson, KeywordCoverage.class);
    }

    /** The key of the language-model request that made it, and the tokens that request cost. */
    public void generatedBy(String key, Integer input, Integer output) {
        this.generationKey = key;
        this.inputTokens = input;
        this.outputTokens = output;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public Integer getFailureStatus() {
        return failureStatus;
    }

    public Integer getInputTokens() {
        return inputTokens;
    }

    public Integer getOutputTokens() {
        return outputTokens;
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public Long getJobDescriptionId() {
        return jobDescriptionId;
    }

    public String getJobDescriptionHash() {
        return jobDescriptionHash;
    }

    /** How many times a consumer has started generating it. */
    public int getAttempts() {
        return attempts;
    }

    public int getVersion() {
        return version;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public String getContentJson() {
        return contentJson;
    }

    public String getTextContent() {
        return textContent;
    }

    public Generator getGenerator() {
        return generator;
    }

    public String getGeneratorNote() {
        return generatorNote;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public boolean isSaved() {
        return saved;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
