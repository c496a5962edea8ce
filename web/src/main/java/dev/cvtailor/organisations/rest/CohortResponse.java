package dev.cvtailor.organisations.rest;

import java.time.Instant;
import java.util.List;

import dev.cvtailor.organisations.entity.Cohort;

public record CohortResponse(long id, String name, List<String> targetRoles, Instant createdAt) {

    public static CohortResponse of(Cohort cohort) {
        return new CohortResponse(cohort.getId(), cohort.getName(), cohort.targetRoles(), cohort.getCreatedAt());
    }
}
