package dev.cvtailor.accounts.boundary;

import dev.cvtailor.platform.control.JobSchedule;
import dev.cvtailor.platform.control.TimerJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The accounts' timer job: signed-out tokens that have expired anyway are forgotten, hourly. */
@ApplicationScoped
public class AccountJobs {

    static final String PURGE_REVOKED_TOKENS = "purge-revoked-tokens";

    @Inject
    AccountService accounts;

    @Produces
    TimerJob purgeRevokedTokens() {
        return new TimerJob(PURGE_REVOKED_TOKENS, JobSchedule.hourlyAt(17), accounts::purgeExpiredRevocations);
    }
}
