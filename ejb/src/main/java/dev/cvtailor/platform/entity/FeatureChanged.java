package dev.cvtailor.platform.entity;

/** An admin changed a feature flag: fired by the flags, recorded by the audit trail (which platform does not know). */
public record FeatureChanged(long adminId, String key, String before, String after) {
}
