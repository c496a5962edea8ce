package dev.cvtailor.organisations.entity;

import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.cvtailor.platform.entity.JsonColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named group of an organisation's members ("MSc Data Science 2027"), with the roles it aims for. */
@Entity
@Table(name = "cohorts")
public class Cohort {

    private static final Type STRINGS = new ArrayList<String>() { }.getClass().getGenericSuperclass();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(name = "target_roles")
    private String targetRolesJson;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Cohort() {
    }

    public Cohort(long organisationId, String name, List<String> targetRoles) {
        this.organisationId = organisationId;
        this.name = name.strip();
        this.nameKey = key(name);
        this.targetRolesJson = JsonColumn.write(targetRoles == null ? List.of() : targetRoles);
        this.createdAt = Instant.now();
    }

    /** Cohort names are compared without regard to case or surrounding blanks. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public List<String> targetRoles() {
        return targetRolesJson == null ? List.of() : JsonColumn.read(targetRolesJson, STRINGS);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
