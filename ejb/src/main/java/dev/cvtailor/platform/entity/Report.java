package dev.cvtailor.platform.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A daily summary or weekly quality report as the timers computed it, its figures as JSON. */
@Entity
@Table(name = "reports")
public class Report {

    /** Which report: a day's summary or a week's quality report. */
    public enum Kind {
        DAILY, WEEKLY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 16)
    private String kind;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Report() {
    }

    public Report(Kind kind, LocalDate periodStart, LocalDate periodEnd) {
        this.kind = kind.name().toLowerCase(java.util.Locale.ROOT);
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    public void write(String body, Instant at) {
        this.body = body;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
