package dev.cvtailor.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One mapping rule as stored, in its place in the list (see {@link RuleDefinition} for what it means). */
@Entity
@Table(name = "identity_rules")
@NamedQuery(name = IdentityRule.ALL, query = "select r from IdentityRule r order by r.ordinal")
public class IdentityRule {

    public static final String ALL = "IdentityRule.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int ordinal;

    @Column(length = 64)
    private String provider;

    @Column(nullable = false, length = 100)
    private String claim;

    @Column(name = "claim_value", nullable = false, length = 512)
    private String claimValue;

    @Column(name = "installation_admin", nullable = false)
    private boolean installationAdmin;

    @Column(name = "organisation_slug", length = 64)
    private String organisationSlug;

    @Column(name = "org_role", length = 16)
    private String orgRole;

    @Column(length = 200)
    private String cohort;

    protected IdentityRule() {
    }

    public IdentityRule(int ordinal, RuleDefinition rule) {
        this.ordinal = ordinal;
        this.provider = rule.provider();
        this.claim = rule.claim();
        this.claimValue = rule.value();
        this.installationAdmin = rule.installationAdmin();
        this.organisationSlug = rule.organisation();
        this.orgRole = rule.role();
        this.cohort = rule.cohort();
    }

    public RuleDefinition definition() {
        return new RuleDefinition(provider, claim, claimValue, installationAdmin, organisationSlug, orgRole, cohort);
    }
}
