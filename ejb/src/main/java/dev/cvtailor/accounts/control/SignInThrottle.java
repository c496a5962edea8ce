package dev.cvtailor.accounts.control;

import java.time.Instant;
import java.util.Locale;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.cvtailor.accounts.entity.SignInFailures;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Slows down password guessing: repeated failures for one account, or from one client address, block further
 * attempts for a growing time. The account is keyed by the email as typed (normalised), whether or not an
 * account has it, so the answer never tells which emails exist. Kept in the database: replicas share it.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class SignInThrottle {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "cvtailor.signin.account-threshold", defaultValue = "5")
    int accountThreshold;

    @Inject
    @ConfigProperty(name = "cvtailor.signin.address-threshold", defaultValue = "100")
    int addressThreshold;

    /** Refuses with 429 while the account or the address is blocked. */
    public void checkAllowed(String email, String clientAddress) {
        Instant now = Instant.now();
        long wait = Math.max(blockedFor(accountSubject(email), now), blockedFor(addressSubject(clientAddress), now));
        if (wait > 0) {
            throw ApplicationProblem.retryLater(ApplicationProblem.Kind.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins; try again later", wait);
        }
    }

    public void recordFailure(String email, String clientAddress) {
        Instant now = Instant.now();
        failures(accountSubject(email)).recordFailure(accountThreshold, now);
        if (clientAddress != null) {
            failures(addressSubject(clientAddress)).recordFailure(addressThreshold, now);
        }
    }

    /** A successful sign-in forgets the account's failures (not the address's: one good account must not clear a guesser). */
    public void recordSuccess(String email) {
        SignInFailures failures = em.find(SignInFailures.class, accountSubject(email));
        if (failures != null) {
            em.remove(failures);
        }
    }

    private long blockedFor(String subject, Instant now) {
        if (subject == null) {
            return 0;
        }
        SignInFailures failures = em.find(SignInFailures.class, subject);
        return failures == null ? 0 : failures.blockedFor(now);
    }

    private SignInFailures failures(String subject) {
        SignInFailures failures = em.find(SignInFailures.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (failures == null) {
            failures = new SignInFailures(subject);
            em.persist(failures);
        }
        return failures;
    }

    private static String accountSubject(String email) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return "account:" + (key.length() > 380 ? key.substring(0, 380) : key);
    }

    private static String addressSubject(String clientAddress) {
        return clientAddress == null ? null : "address:" + clientAddress;
    }
}
