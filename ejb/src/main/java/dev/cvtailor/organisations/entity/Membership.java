package dev.cvtailor.organisations.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a user belongs to an organisation, and in which role; keyed by the user, who belongs to one at most. */
@Entity
@Table(name = "memberships")
public class Membership {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrgRole role;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    protected Membership() {
    }

    public Membership(long userId, long organisationId, OrgRole role) {
        this.userId = userId;
        this.organisationId = organisationId;
        this.role = role;
        this.joinedAt = Instant.now();
    }

    public void changeRole(OrgRole newRole) {
        this.role = newRole;
    }

    public long getUserId() {
        return userId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public OrgRole getRole() {
        return role;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
