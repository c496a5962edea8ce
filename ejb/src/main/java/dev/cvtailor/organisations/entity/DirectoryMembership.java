package dev.cvtailor.organisations.entity;

import java.util.List;

/** The membership a directory rule gave: the organisation, the role, the cohorts (ids) it put the person in. */
public record DirectoryMembership(long organisationId, OrgRole role, List<Long> cohortIds) {
}
