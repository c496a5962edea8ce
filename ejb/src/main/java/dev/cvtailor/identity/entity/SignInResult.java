package dev.cvtailor.identity.entity;

import dev.cvtailor.accounts.entity.Account;

/** What an external sign-in comes to: the account signed in, or an existing account waiting to be linked. */
public sealed interface SignInResult {

    /** Signed in: the account, with the roles the rules gave it. */
    record SignedInAs(Account account) implements SignInResult {
    }

    /**
     * The provider's e-mail belongs to a CV Tailor account with a password of its own, not yet linked to this
     * provider: it is linked only once that password is confirmed ({@code IdentityService.confirmLink}).
     */
    record LinkRequired(ExternalProfile profile) implements SignInResult {
    }
}
