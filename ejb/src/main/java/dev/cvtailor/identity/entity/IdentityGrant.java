package dev.cvtailor.identity.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What the rules granted an account at its last external sign-in. The next sign-in takes back what the rules no
 * longer grant, and only that: a role or cohort an org admin gave by hand is left alone.
 */
@Entity
@Table(name = "identity_grants")
public class IdentityGrant {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "installation_admin", nullable = false)
    private boolean installationAdmin;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "org_role", length = 16)
    private String orgRole;

    @Column(name = "cohort_ids", length = 2000)
    private String cohortIds;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    protected IdentityGrant() {
    }

    public IdentityGrant(long userId) {
        this.userId = userId;
        this.appliedAt = Instant.now();
    }

    public void record(boolean admin, Long organisation, String role, Collection<Long> cohorts) {
        this.installationAdmin = admin;
        this.organisationId = organisation;
        this.orgRole = role;
        this.cohortIds = cohorts.isEmpty() ? null
                : cohorts.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.appliedAt = Instant.now();
    }

    public boolean isInstallationAdmin() {
        return installationAdmin;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public List<Long> cohortIds() {
        return cohortIds == null || cohortIds.isBlank() ? List.of()
                : Arrays.stream(cohortIds.split(",")).map(Long::valueOf).toList();
    }
}
