package dev.cvtailor.evidence.rest;

import java.util.Map;

import dev.cvtailor.evidence.entity.ValidationStatus;

/** The state of all evidence links: counts per status, and the share of checked links that are valid. */
public record EvidenceHealth(long total, Map<ValidationStatus, Long> byStatus, Double validShare) {

    public static EvidenceHealth of(Map<ValidationStatus, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long checked = total - counts.getOrDefault(ValidationStatus.PENDING, 0L);
        Double share = checked == 0 ? null : (double) counts.getOrDefault(ValidationStatus.VALID, 0L) / checked;
        return new EvidenceHealth(total, counts, share);
    }
}
