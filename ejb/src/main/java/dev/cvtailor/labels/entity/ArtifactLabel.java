package dev.cvtailor.labels.entity;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** That an artifact carries a label. Removed with either by the schema's cascades. */
@Entity
@Table(name = "artifact_labels")
@IdClass(ArtifactLabel.Key.class)
public class ArtifactLabel {

    @Id
    @Column(name = "artifact_id")
    private long artifactId;

    @Id
    @Column(name = "label_id")
    private long labelId;

    protected ArtifactLabel() {
    }

    public ArtifactLabel(long artifactId, long labelId) {
        this.artifactId = artifactId;
        this.labelId = labelId;
    }

    public long getArtifactId() {
        return artifactId;
    }

    public long getLabelId() {
        return labelId;
    }

    /** The composite key JPA needs: artifact and label. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long artifactId;
        private long labelId;

        public Key() {
        }

        public Key(long artifactId, long labelId) {
            this.artifactId = artifactId;
            this.labelId = labelId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.artifactId == artifactId && key.labelId == labelId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(artifactId, labelId);
        }
    }
}
