package dev.cvtailor.artifacts.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One piece of the user's work history. It belongs to exactly one user ({@code ownerId}); every query names
 * the owner, so no user ever reads another's artifacts.
 */
@Entity
@Table(name = "artifacts")
@NamedQuery(name = Artifact.BY_OWNER,
        query = "select a from Artifact a where a.ownerId = :owner order by a.createdAt desc, a.id desc")
@NamedQuery(name = Artifact.BY_OWNER_AND_STATUS,
        query = "select a from Artifact a where a.ownerId = :owner and a.status = :status"
                + " order by a.startedOn desc, a.id desc")
public class Artifact {

    public static final String BY_OWNER = "Artifact.byOwner";
    public static final String BY_OWNER_AND_STATUS = "Artifact.byOwnerAndStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ArtifactKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 2000)
    private String summary;

    private String description;

    @Column(length = 300)
    private String organisation;

    @Column(length = 300)
    private String role;

    @Column(length = 200)
    private String location;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Convert(converter = StringListConverter.class)
    private List<String> stack = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    private List<String> collaborators = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(name = "declared_skills")
    private List<String> declaredSkills = new ArrayList<>();

    @Column(name = "body_text")
    private String bodyText;

    @Column(name = "source_file_name", length = 255)
    private String sourceFileName;

    @Column(name = "source_media_type", length = 100)
    private String sourceMediaType;

    @Column(name = "embedding")
    private byte[] embedding;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ArtifactStatus status;

    @Column(name = "failure_reason", length = 1000)
    private String failureReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected Artifact() {
    }

    public Artifact(long ownerId, ArtifactDraft draft) {
        this.ownerId = ownerId;
        this.createdAt = Instant.now();
        revise(draft);
    }

    /** Takes the draft's fields; the artifact goes back to PROCESSING, to be processed again. */
    public void revise(ArtifactDraft draft) {
        this.kind = draft.kind();
        this.title = draft.title().strip();
        this.summary = draft.summary();
        this.description = draft.description();
        this.organisation = draft.organisation();
        this.role = draft.role();
        this.location = draft.location();
        this.startedOn = draft.startedOn();
        this.endedOn = draft.endedOn();
        this.stack = new ArrayList<>(draft.stack());
        this.collaborators = new ArrayList<>(draft.collaborators());
        this.declaredSkills = new ArrayList<>(draft.skills());
        this.embedding = null;
        this.status = ArtifactStatus.PROCESSING;
        this.failureReason = null;
        this.updatedAt = Instant.now();
    }

    /** The text of the file the artifact was made from, as extracted on upload. */
    public void attachSource(SourceText source) {
        this.bodyText = source.text();
        this.sourceFileName = source.fileName();
        this.sourceMediaType = source.mediaType();
    }

    /** Takes what processing read from the text for the fields the user left empty; never overwrites. */
    public void complete(ArtifactFacts facts) {
        if (organisation == null) {
            organisation = facts.organisation();
        }
        if (role == null) {
            role = facts.role();
        }
        if (startedOn == null && facts.startedOn() != null
                && (endedOn == null || !endedOn.isBefore(facts.startedOn()))) {
            startedOn = facts.startedOn();
            if (endedOn == null) {
                endedOn = facts.endedOn();
            }
        }
        if (stack.isEmpty()) {
            stack = new ArrayList<>(facts.stack());
        }
        if (collaborators.isEmpty()) {
            collaborators = new ArrayList<>(facts.collaborators());
        }
    }

    /**
     * What {@code q} searches, in lower case: every field a person would search by. It is kept in the
     * {@code search_text} column (PostgreSQL derives its tsvector from it), which the entity does not map, so
     * that a listing never loads it.
     */
    public String searchableText() {
        StringJoiner text = new StringJoiner("\n");
        Stream.of(title, summary, description, organisation, role, String.join(", ", stack),
                String.join(", ", collaborators), String.join(", ", declaredSkills), bodyText)
                .filter(part -> part != null && !part.isBlank())
                .forEach(text::add);
        return text.toString().toLowerCase(Locale.ROOT);
    }

    public boolean isOwnedBy(long userId) {
        return ownerId == userId;
    }

    /** The artifact's embedding for matching (float32 vector, little-endian), made from {@link #embeddedText()}. */
    public void embed(byte[] vector) {
        this.embedding = vector;
    }

    /** The text the artifact's embedding stands for: what it is and what it says. */
    public String embeddedText() {
        StringJoiner text = new StringJoiner("\n");
        Stream.of(title, role, organisation, summary, description, String.join(", ", stack), bodyText)
                .filter(part -> part != null && !part.isBlank())
                .forEach(text::add);
        return text.toString();
    }

    public byte[] getEmbedding() {
        return embedding == null ? null : embedding.clone();
    }

    /** Processing finished; the artifact can now back claims in generated documents. */
    public void markReady() {
        status = ArtifactStatus.READY;
        failureReason = null;
        updatedAt = Instant.now();
    }

    public void markFailed(String reason) {
        status = ArtifactStatus.FAILED;
        failureReason = reason;
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public ArtifactKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getRole() {
        return role;
    }

    /** Where the work was done ("Göteborg, Sweden"), for a position; null when not known. */
    public String getLocation() {
        return location;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public List<String> getStack() {
        return List.copyOf(stack);
    }

    public List<String> getCollaborators() {
        return List.copyOf(collaborators);
    }

    public List<String> getDeclaredSkills() {
        return List.copyOf(declaredSkills);
    }

    public String getSourceFileName() {
        return sourceFileName;
    }

    public String getSourceMediaType() {
        return sourceMediaType;
    }

    public String getBodyText() {
        return bodyText;
    }

    /** The optimistic-lock version: it changes whenever the artifact does. */
    public int getVersion() {
        return version;
    }

    public ArtifactStatus getStatus() {
        return status;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
