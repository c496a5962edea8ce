package dev.cvtailor.accounts.rest;

import dev.cvtailor.accounts.entity.Account;

public record AccountResponse(long id, String email, String role) {

    public static AccountResponse of(Account account) {
        return new AccountResponse(account.id(), account.email(), account.role().group);
    }
}
