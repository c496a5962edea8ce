package dev.cvtailor.accounts.control;

import java.time.Instant;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.cvtailor.accounts.entity.InviteCode;
import dev.cvtailor.accounts.entity.RegistrationMode;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.control.SecretTokens;
import dev.cvtailor.platform.entity.InstallationSetting;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Who may register: the installation's mode (the configuration's {@code cvtailor.registration.mode} until an admin
 * sets one; read from the database at each registration, so every replica applies a change at once) and the invite
 * codes of invite-only registration, each good for so many uses until it expires.
 */
@Stateless
public class Registrations {

    static final String MODE = "registration.mode";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretTokens secrets;

    @Inject
    @ConfigProperty(name = "cvtailor.registration.mode", defaultValue = "open")
    String configuredMode;

    public RegistrationMode mode() {
        InstallationSetting setting = em.find(InstallationSetting.class, MODE);
        String value = setting == null ? configuredMode : setting.getValue();
        return RegistrationMode.named(value).orElse(RegistrationMode.OPEN);
    }

    public void setMode(RegistrationMode mode, long adminId) {
        InstallationSetting setting = em.find(InstallationSetting.class, MODE, LockModeType.PESSIMISTIC_WRITE);
        if (setting == null) {
            setting = new InstallationSetting(MODE);
            em.persist(setting);
        }
        setting.set(mode.value, adminId, Instant.now());
    }

    /** A new code, shown once: only its hash is kept. */
    public String issue(int uses, Instant expiresAt, long adminId) {
        String code = secrets.newToken();
        em.persist(new InviteCode(SecretTokens.hash(code), uses, expiresAt, adminId, Instant.now()));
        return code;
    }

    /**
     * Lets a registration through as the mode says (403 when closed, or invite-only without a good code), taking one
     * use of the code: a single conditional update, so two registrations cannot both take the last use.
     */
    public void admit(String inviteCode) {
        RegistrationMode mode = mode();
        if (mode == RegistrationMode.CLOSED) {
            throw new ApplicationProblem(ApplicationProblem.Kind.REGISTRATION_REFUSED,
                    "Registration is closed on this installation; ask its administrators for an account");
        }
        if (mode == RegistrationMode.INVITE_ONLY) {
            if (inviteCode == null || inviteCode.isBlank()) {
                throw new ApplicationProblem(ApplicationProblem.Kind.REGISTRATION_REFUSED,
                        "Registration is by invitation: an invite code is required");
            }
            int taken = em.createQuery("update InviteCode c set c.usesMade = c.usesMade + 1 where c.codeHash = :hash"
                    + " and c.usesMade < c.usesAllowed and c.expiresAt > :now")
                    .setParameter("hash", SecretTokens.hash(inviteCode.strip())).setParameter("now", Instant.now())
                    .executeUpdate();
            if (taken == 0) {
                throw new ApplicationProblem(ApplicationProblem.Kind.REGISTRATION_REFUSED,
                        "This invite code is not valid, has been used up or has expired");
            }
        }
    }
}
