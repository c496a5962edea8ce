package dev.cvtailor.platform.entity;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An admin's setting of one feature flag, shared by every replica; without a row the configuration decides. */
@Entity
@Table(name = "feature_flags")
public class FeatureFlagRow {

    @Id
    @Column(name = "flag_key")
    private String key;

    private boolean enabled;

    private int percentage;

    @Column(name = "organisation_ids")
    private String organisationIds;

    @Column(name = "user_ids")
    private String userIds;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected FeatureFlagRow() {
    }

    public FeatureFlagRow(String key) {
        this.key = key;
    }

    public void set(boolean enabled, int percentage, Set<Long> organisations, Set<Long> users, Long by, Instant at) {
        this.enabled = enabled;
        this.percentage = percentage;
        this.organisationIds = JsonColumn.write(new TreeSet<>(organisations));
        this.userIds = JsonColumn.write(new TreeSet<>(users));
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getKey() {
        return key;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getPercentage() {
        return percentage;
    }

    public Set<Long> getOrganisations() {
        return ids(organisationIds);
    }

    public Set<Long> getUsers() {
        return ids(userIds);
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    private static Set<Long> ids(String json) {
        Long[] ids = JsonColumn.read(json, Long[].class);
        return ids == null ? Set.of() : Set.copyOf(List.of(ids));
    }
}
