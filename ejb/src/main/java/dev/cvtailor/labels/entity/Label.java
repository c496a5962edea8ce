package dev.cvtailor.labels.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A user's label; its name is unique among the user's labels, whatever the case. */
@Entity
@Table(name = "labels")
@NamedQuery(name = Label.BY_OWNER, query = "select l from Label l where l.ownerId = :owner order by lower(l.name)")
@NamedQuery(name = Label.SAME_NAME,
        query = "select l from Label l where l.ownerId = :owner and lower(l.name) = :name and l.id <> :except")
public class Label {

    public static final String BY_OWNER = "Label.byOwner";
    public static final String SAME_NAME = "Label.sameName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 1000)
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Label() {
    }

    public Label(long ownerId, LabelDraft draft) {
        this.ownerId = ownerId;
        this.createdAt = Instant.now();
        revise(draft);
    }

    public void revise(LabelDraft draft) {
        this.name = draft.name().strip();
        this.description = draft.description();
    }

    public boolean isOwnedBy(long userId) {
        return ownerId == userId;
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
