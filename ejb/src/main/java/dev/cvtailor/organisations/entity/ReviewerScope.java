package dev.cvtailor.organisations.entity;

import java.util.Set;

/**
 * Whose submissions a counsellor or org admin may read: those of their organisation's members, and, for a counsellor
 * when the organisation restricts counsellors, only those of members in the counsellor's cohorts.
 */
public record ReviewerScope(long reviewerId, long organisationId, OrgRole role, boolean restricted,
        Set<Long> cohortIds) {

    public boolean limitedToCohorts() {
        return restricted && role == OrgRole.COUNSELLOR;
    }
}
