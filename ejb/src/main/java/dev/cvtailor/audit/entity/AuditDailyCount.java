package dev.cvtailor.audit.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** How many audit events of a type and outcome a day (UTC) saw: what is left of the events past 30 days. */
@Entity
@Table(name = "audit_daily_counts")
@IdClass(AuditDailyCount.Key.class)
public class AuditDailyCount {

    /** The day, type and outcome a count is of; a class, as JPA asks. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        LocalDate day;
        AuditType type;
        Outcome outcome;

        public Key() {
        }

        public Key(LocalDate day, AuditType type, Outcome outcome) {
            this.day = day;
            this.type = type;
            this.outcome = outcome;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(day, k.day) && type == k.type && outcome == k.outcome;
        }

        @Override
        public int hashCode() {
            return Objects.hash(day, type, outcome);
        }
    }

    @Id
    @Column(name = "day_on")
    private LocalDate day;

    @Id
    @Enumerated(EnumType.STRING)
    private AuditType type;

    @Id
    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private long events;

    protected AuditDailyCount() {
    }

    public AuditDailyCount(Key key) {
        this.day = key.day;
        this.type = key.type;
        this.outcome = key.outcome;
    }

    public void add(long more) {
        events += more;
    }

    public LocalDate getDay() {
        return day;
    }

    public AuditType getType() {
        return type;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public long getEvents() {
        return events;
    }
}
