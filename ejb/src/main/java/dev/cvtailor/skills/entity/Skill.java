package dev.cvtailor.skills.entity;

import dev.cvtailor.schema.SkillKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One skill of the taxonomy, shared by every user. */
@Entity
@Table(name = "skills")
public class Skill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(length = 100)
    private String category;

    @Column(nullable = false, length = 16)
    private String source;

    @Column(name = "external_id", length = 300)
    private String externalId;

    protected Skill() {
    }

    public Skill(TaxonomyEntry entry) {
        this.name = entry.name();
        this.nameKey = SkillKey.of(entry.name());
        this.category = entry.category();
        this.source = entry.source();
        this.externalId = entry.externalId();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getCategory() {
        return category;
    }

    public SkillRef ref() {
        return new SkillRef(id, name, category);
    }
}
