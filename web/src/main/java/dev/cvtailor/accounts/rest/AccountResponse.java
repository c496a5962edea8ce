package dev.cvtailor.accounts.rest;

import dev.cvtailor.accounts.entity.Account;
import dev.cvtailor.organisations.entity.OrgMembership;

/** An account; {@code organisation} is the one it belongs to ({@code null} for none), with its role there. */
public record AccountResponse(long id, String email, String role, Organisation organisation) {

    /** The caller's organisation and their role in it. */
    public record Organisation(long id, String name, String role) {
    }

    public static AccountResponse of(Account account) {
        return new AccountResponse(account.id(), account.email(), account.role().group, null);
    }

    public static AccountResponse of(Account account, OrgMembership membership) {
        return new AccountResponse(account.id(), account.email(), account.role().group, membership == null ? null
                : new Organisation(membership.organisationId(), membership.name(), membership.role().name()));
    }
}
