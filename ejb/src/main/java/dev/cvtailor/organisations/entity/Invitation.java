package dev.cvtailor.organisations.entity;

import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
 * An invitation to join an organisation in a role (and cohorts). Its link is single-use and expires; only the
 * SHA-256 of the token is kept, so the table alone lets nobody in.
 */
@Entity
@Table(name = "invitations")
@NamedQuery(name = Invitation.BY_TOKEN_HASH, query = "select i from Invitation i where i.tokenHash = :hash")
@NamedQuery(name = Invitation.PENDING_FOR, query = "select i from Invitation i where i.organisationId = :org"
        + " and i.email = :email and i.acceptedAt is null and i.expiresAt > :now order by i.id desc")
@NamedQuery(name = Invitation.PENDING_OF, query = "select i from Invitation i where i.organisationId = :org"
        + " and i.acceptedAt is null and i.expiresAt > :now order by i.id desc")
public class Invitation {

    public static final String BY_TOKEN_HASH = "Invitation.byTokenHash";
    public static final String PENDING_FOR = "Invitation.pendingFor";
    public static final String PENDING_OF = "Invitation.pendingOf";
    private static final Type IDS = new ArrayList<Long>() { }.getClass().getGenericSuperclass();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, length = 320)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrgRole role;

    @Column(name = "cohort_ids", length = 2000)
    private String cohortIdsJson;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private Long acceptedBy;

    protected Invitation() {
    }

    public Invitation(long organisationId, String email, OrgRole role, List<Long> cohortIds, String tokenHash,
            long invitedBy, Instant expiresAt) {
        this.organisationId = organisationId;
        this.email = email;
        this.role = role;
        this.cohortIdsJson = JsonColumn.write(cohortIds == null ? List.of() : cohortIds);
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    public boolean usable(Instant now) {
        return acceptedAt == null && expiresAt.isAfter(now);
    }

    /** Makes the link stop working (a newer invitation replaces it, or an admin withdraws it). */
    public void expireNow() {
        if (acceptedAt == null) {
            this.expiresAt = Instant.now();
        }
    }

    public void accept(long userId) {
        this.acceptedAt = Instant.now();
        this.acceptedBy = userId;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getEmail() {
        return email;
    }

    public OrgRole getRole() {
        return role;
    }

    public List<Long> cohortIds() {
        List<Number> ids = cohortIdsJson == null ? List.of() : JsonColumn.read(cohortIdsJson, IDS);
        return ids.stream().map(Number::longValue).toList();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
