package dev.cvtailor.applications.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of an application's history: the status it reached, when, and the user's note. */
@Entity
@Table(name = "application_events")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ApplicationStatus status;

    @Column(length = 1000, updatable = false)
    private String note;

    @Column(nullable = false, updatable = false)
    private Instant at;

    protected StatusChange() {
    }

    public StatusChange(long applicationId, ApplicationStatus status, String note, Instant at) {
        this.applicationId = applicationId;
        this.status = status;
        this.note = note == null || note.length() <= 1000 ? note : note.substring(0, 1000);
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public Instant getAt() {
        return at;
    }
}
