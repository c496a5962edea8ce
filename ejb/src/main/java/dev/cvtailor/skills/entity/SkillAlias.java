package dev.cvtailor.skills.entity;

import dev.cvtailor.schema.SkillKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One spelling of a skill (its name is one too); each key belongs to one skill only. */
@Entity
@Table(name = "skill_aliases")
public class SkillAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "skill_id", nullable = false)
    private Skill skill;

    @Column(nullable = false, length = 200)
    private String alias;

    @Column(name = "alias_key", nullable = false, length = 200)
    private String aliasKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_mode", nullable = false, length = 8)
    private MatchMode matchMode;

    protected SkillAlias() {
    }

    public SkillAlias(Skill skill, String alias, MatchMode matchMode) {
        this.skill = skill;
        this.alias = alias;
        this.aliasKey = SkillKey.of(alias);
        this.matchMode = matchMode;
    }

    public String getAlias() {
        return alias;
    }

    public String getAliasKey() {
        return aliasKey;
    }
}
