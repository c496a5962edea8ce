package dev.cvtailor.artifacts.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** That an artifact shows a skill of the taxonomy: named by the user, or found in its text. */
@Entity
@Table(name = "artifact_skills")
@IdClass(ArtifactSkill.Key.class)
public class ArtifactSkill {

    /** Where the skill came from. */
    public enum Source {
        /** The user named it (skills, stack). */
        DECLARED,
        /** Processing found it in the artifact's text. */
        EXTRACTED
    }

    @Id
    @Column(name = "artifact_id")
    private long artifactId;

    @Id
    @Column(name = "skill_id")
    private long skillId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Source source;

    protected ArtifactSkill() {
    }

    public ArtifactSkill(long artifactId, long skillId, Source source) {
        this.artifactId = artifactId;
        this.skillId = skillId;
        this.source = source;
    }

    public long getArtifactId() {
        return artifactId;
    }

    public long getSkillId() {
        return skillId;
    }

    public Source getSource() {
        return source;
    }

    /** The composite key JPA needs: artifact and skill. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long artifactId;
        private long skillId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.artifactId == artifactId && key.skillId == skillId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(artifactId) * 31 + Long.hashCode(skillId);
        }
    }
}
