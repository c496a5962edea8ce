package dev.cvtailor.organisations.entity;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A career-services team: its name, its unique slug, its settings and its branding. */
@Entity
@Table(name = "organisations")
@NamedQuery(name = Organisation.BY_SLUG, query = "select o from Organisation o where o.slug = :slug")
@NamedQuery(name = Organisation.ALL, query = "select o from Organisation o order by lower(o.name), o.id")
public class Organisation {

    public static final String BY_SLUG = "Organisation.bySlug";
    public static final String ALL = "Organisation.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, unique = true, length = 64)
    private String slug;

    @Column(name = "review_required", nullable = false)
    private boolean reviewRequired;

    @Column(name = "default_template", length = 32)
    private String defaultTemplate;

    @Column(name = "llm_allowed", nullable = false)
    private boolean llmAllowed = true;

    @Column(name = "counsellors_restricted", nullable = false)
    private boolean counsellorsRestricted;

    @Column(name = "branding_in_exports", nullable = false)
    private boolean brandingInExports;

    @Column(name = "accent_colour", length = 7)
    private String accentColour;

    @Basic(fetch = FetchType.LAZY)
    private byte[] logo;

    @Column(name = "logo_media_type", length = 32)
    private String logoMediaType;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Organisation() {
    }

    public Organisation(String name, String slug) {
        this.name = name;
        this.slug = slug;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public void rename(String newName) {
        this.name = newName;
        touch();
    }

    public void configure(OrgSettings settings) {
        this.reviewRequired = settings.reviewRequired();
        this.defaultTemplate = settings.defaultTemplate();
        this.llmAllowed = settings.llmAllowed();
        this.counsellorsRestricted = settings.counsellorsRestricted();
        this.brandingInExports = settings.brandingInExports();
        touch();
    }

    public void brand(String colour) {
        this.accentColour = colour;
        touch();
    }

    public void useLogo(byte[] bytes, String mediaType) {
        this.logo = bytes;
        this.logoMediaType = mediaType;
        touch();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    public OrgSettings settings() {
        return new OrgSettings(reviewRequired, defaultTemplate, llmAllowed, counsellorsRestricted, brandingInExports);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getAccentColour() {
        return accentColour;
    }

    public byte[] getLogo() {
        return logo;
    }

    public String getLogoMediaType() {
        return logoMediaType;
    }

    public boolean hasLogo() {
        return logoMediaType != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
