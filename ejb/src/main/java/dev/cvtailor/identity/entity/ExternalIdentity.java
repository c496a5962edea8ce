package dev.cvtailor.identity.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** That a provider's subject signs in as one account: found by (provider, subject), never by e-mail. */
@Entity
@Table(name = "external_identities")
@NamedQuery(name = ExternalIdentity.BY_SUBJECT,
        query = "select e from ExternalIdentity e where e.provider = :provider and e.subject = :subject")
@NamedQuery(name = ExternalIdentity.OF_USER, query = "select e from ExternalIdentity e where e.userId = :user order by e.id")
public class ExternalIdentity {

    public static final String BY_SUBJECT = "ExternalIdentity.bySubject";
    public static final String OF_USER = "ExternalIdentity.ofUser";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = 64)
    private String provider;

    @Column(nullable = false, length = 512)
    private String subject;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at", nullable = false)
    private Instant lastSignInAt;

    protected ExternalIdentity() {
    }

    public ExternalIdentity(long userId, ExternalProfile profile) {
        this.userId = userId;
        this.provider = profile.providerId();
        this.subject = profile.subject();
        this.createdAt = Instant.now();
        signedIn(profile);
    }

    /** What the provider said this time: the e-mail and name may have changed in the directory. */
    public void signedIn(ExternalProfile profile) {
        this.email = profile.email();
        this.displayName = profile.name() == null ? null : truncate(profile.name(), 200);
        this.lastSignInAt = Instant.now();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public long getUserId() {
        return userId;
    }

    public String getProvider() {
        return provider;
    }

    public String getSubject() {
        return subject;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }
}
