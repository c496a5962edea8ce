package dev.cvtailor.organisations.entity;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A member in a cohort; for a counsellor, a cohort assigned to them. */
@Entity
@Table(name = "cohort_members")
@IdClass(CohortMember.Key.class)
public class CohortMember {

    /** The composite key JPA needs: cohort and user. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long cohortId;
        private long userId;

        public Key() {
        }

        public Key(long cohortId, long userId) {
            this.cohortId = cohortId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.cohortId == cohortId && key.userId == userId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cohortId, userId);
        }
    }

    @Id
    @Column(name = "cohort_id")
    private long cohortId;

    @Id
    @Column(name = "user_id")
    private long userId;

    protected CohortMember() {
    }

    public CohortMember(long cohortId, long userId) {
        this.cohortId = cohortId;
        this.userId = userId;
    }

    public long getCohortId() {
        return cohortId;
    }

    public long getUserId() {
        return userId;
    }
}
