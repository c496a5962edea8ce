package dev.cvtailor.applications.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One application the user made or means to make: to whom, for which posting, where it stands and since when, the
 * next step and its date, the people there (encrypted), notes, and the documents used.
 */
@Entity
@Table(name = "applications")
public class JobApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false, length = 300)
    private String company;

    @Column(nullable = false, length = 300)
    private String role;

    @Column(name = "job_description_id")
    private Long jobDescriptionId;

    @Column(length = 2048)
    private String url;

    @Column(length = 100)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationStatus status;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Column(name = "next_step", length = 500)
    private String nextStep;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    /** The contacts' JSON, encrypted (AtRestCipher); the service reads and writes it. */
    private String contacts;

    private String notes;

    @Column(name = "nudge_when_quiet", nullable = false)
    private boolean nudgeWhenQuiet;

    @Column(name = "follow_up_nudged_on")
    private LocalDate followUpNudgedOn;

    @Column(name = "quiet_nudged_at")
    private Instant quietNudgedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_documents", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "document_id")
    private Set<Long> documentIds = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected JobApplication() {
    }

    public JobApplication(long ownerId, String company, String role, ApplicationStatus status, Instant now) {
        this.ownerId = ownerId;
        this.company = company;
        this.role = role;
        this.status = status;
        this.statusSince = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Moves to {@code next}; the history row is the caller's to write. */
    public void moveTo(ApplicationStatus next, Instant now) {
        this.status = next;
        this.statusSince = now;
        this.quietNudgedAt = null;
        this.updatedAt = now;
    }

    public void describe(String company, String role, Long jobDescriptionId, String url, String source,
            String nextStep, LocalDate followUpOn, String encryptedContacts, String notes, boolean nudgeWhenQuiet,
            Instant now) {
        this.company = company;
        this.role = role;
        this.jobDescriptionId = jobDescriptionId;
        this.url = url;
        this.source = source;
        this.nextStep = nextStep;
        if (followUpOn == null || !followUpOn.equals(this.followUpOn)) {
            this.followUpNudgedOn = null;
        }
        this.followUpOn = followUpOn;
        this.contacts = encryptedContacts;
        this.notes = notes;
        this.nudgeWhenQuiet = nudgeWhenQuiet;
        this.updatedAt = now;
    }

    public void useDocuments(List<Long> ids, Instant now) {
        this.documentIds = new LinkedHashSet<>(ids);
        this.updatedAt = now;
    }

    public void nudgedForFollowUp() {
        this.followUpNudgedOn = followUpOn;
    }

    public void nudgedForQuiet(Instant now) {
        this.quietNudgedAt = now;
    }

    public boolean isOwnedBy(long userId) {
        return ownerId == userId;
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getCompany() {
        return company;
    }

    public String getRole() {
        return role;
    }

    public Long getJobDescriptionId() {
        return jobDescriptionId;
    }

    public String getUrl() {
        return url;
    }

    public String getSource() {
        return source;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    public String getNextStep() {
        return nextStep;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public String getEncryptedContacts() {
        return contacts;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isNudgeWhenQuiet() {
        return nudgeWhenQuiet;
    }

    public LocalDate getFollowUpNudgedOn() {
        return followUpNudgedOn;
    }

    public Instant getQuietNudgedAt() {
        return quietNudgedAt;
    }

    public List<Long> getDocumentIds() {
        return List.copyOf(documentIds);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
