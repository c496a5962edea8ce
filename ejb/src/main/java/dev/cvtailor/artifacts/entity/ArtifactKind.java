package dev.cvtailor.artifacts.entity;

/** What piece of work history an artifact is. */
public enum ArtifactKind {
    PROJECT, POSITION, EDUCATION, CERTIFICATION, PUBLICATION, AWARD
}
