package dev.cvtailor.accounts.control;

import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.cvtailor.accounts.boundary.AccountService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Creates the first admin at start from {@code ADMIN_EMAIL} / {@code ADMIN_PASSWORD}, when both are set. */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "admin.password")
    Optional<String> password;

    @Inject
    AccountService accounts;

    @PostConstruct
    void ensureAdmin() {
        if (email.filter(e -> !e.isBlank()).isEmpty() || password.filter(p -> !p.isBlank()).isEmpty()) {
            return;
        }
        try {
            accounts.ensureAdmin(email.get(), password.get());
        } catch (EJBException lostRace) {
            // Replicas starting together on an empty database both create the admin; the one whose insert lost
            // finds the account made, and promotes it (a no-op). Any other failure fails again here.
            LOG.info(() -> "Creating the admin account failed (" + lostRace + "); once more");
            accounts.ensureAdmin(email.get(), password.get());
        }
        LOG.info(() -> "Admin account " + email.get() + " is in place");
    }
}
