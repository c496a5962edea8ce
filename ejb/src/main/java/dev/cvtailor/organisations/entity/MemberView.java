package dev.cvtailor.organisations.entity;

import java.time.Instant;
import java.util.List;

/** A person in an organisation as its admins and counsellors see them: no more than the account's email. */
public record MemberView(long userId, String email, OrgRole role, List<Long> cohortIds, Instant joinedAt) {
}
