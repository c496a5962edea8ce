package dev.cvtailor.identity.control;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.ibm.websphere.security.CustomRegistryException;
import com.ibm.websphere.security.EntryNotFoundException;
import com.ibm.websphere.security.NotImplementedException;
import com.ibm.websphere.security.PasswordCheckFailedException;
import com.ibm.websphere.security.UserRegistry;
import com.ibm.websphere.security.WSSecurityException;
import com.ibm.wsspi.security.registry.RegistryHelper;

import dev.cvtailor.identity.entity.ExternalProfile;
import dev.cvtailor.identity.entity.IdentityProvider;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks a directory password through Liberty's user registry, which {@code ldapRegistry-3.0} (federated with the
 * Admin Center's basic registry) makes the server's: the bind, TLS, the filters that leave out disabled accounts
 * and group lookup are Liberty's. What comes back is the person's DN (the subject), their group DNs, and their
 * e-mail and name attributes ({@code sso.<id>.mail-attribute}, default {@code mail};
 * {@code sso.<id>.name-attribute}, default {@code cn}).
 */
@ApplicationScoped
public class DirectoryLogin {

    private static final Logger LOG = Logger.getLogger(DirectoryLogin.class.getName());

    @Inject
    ConfiguredProviders providers;

    /** The person the directory knows by this name and password; empty when it refuses them. */
    public Optional<ExternalProfile> authenticate(IdentityProvider provider, String login, String password) {
        if (login == null || login.isBlank() || password == null || password.isEmpty() || login.length() > 320
                || password.length() > 1024) {
            return Optional.empty();
        }
        try {
            UserRegistry registry = RegistryHelper.getUserRegistry(null);
            if (registry == null) {
                LOG.warning(() -> "Provider " + provider.id() + " is an LDAP directory, but the server has no user"
                        + " registry: add the ldapRegistry of README 'Single sign-on'");
                return Optional.empty();
            }
            String securityName = registry.checkPassword(login.strip(), password);
            String dn = registry.getUniqueUserId(securityName);
            if (!inDirectory(dn, providers.setting(provider.id(), "base-dn"))) {
                // the Admin Center's basic registry is federated with the directory: its user is no directory person
                return Optional.empty();
            }
            String mailAttribute = providers.setting(provider.id(), "mail-attribute").orElse("mail");
            String nameAttribute = providers.setting(provider.id(), "name-attribute").orElse("cn");
            Map<String, Object> attributes = attributes(registry, securityName, Set.of(mailAttribute, nameAttribute));
            String email = first(attributes.get(mailAttribute))
                    .orElse(securityName.contains("@") ? securityName : null);
            List<String> groups = registry.getUniqueGroupIds(dn);
            return Optional.of(new ExternalProfile(provider.id(), provider.kind(), dn, email,
                    first(attributes.get(nameAttribute)).orElse(null),
                    Map.of(ExternalProfile.GROUPS, groups == null ? List.of() : List.copyOf(groups))));
        } catch (PasswordCheckFailedException | EntryNotFoundException refused) {
            return Optional.empty();
        } catch (WSSecurityException | java.rmi.RemoteException e) {
            LOG.log(Level.WARNING, "The directory could not be asked about a sign-in", e);
            throw new ApplicationProblem(ApplicationProblem.Kind.UNAVAILABLE,
                    "The directory cannot be reached right now; try again in a moment");
        }
    }

    /** Whether a unique id is a DN under the directory's base (any DN when no base is configured). */
    static boolean inDirectory(String uniqueId, Optional<String> baseDn) {
        if (uniqueId == null || !uniqueId.contains("=")) {
            return false;
        }
        return baseDn.map(base -> dnKey(uniqueId).endsWith("," + dnKey(base)) || dnKey(uniqueId).equals(dnKey(base)))
                .orElse(true);
    }

    private static String dnKey(String dn) {
        return dn.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s*,\\s*", ",").replaceAll("\\s*=\\s*", "=");
    }

    private static Map<String, Object> attributes(UserRegistry registry, String securityName, Set<String> names)
            throws EntryNotFoundException, CustomRegistryException {
        try {
            Map<String, Object> found = registry.getAttributesForUser(securityName, names);
            return found == null ? Map.of() : found;
        } catch (NotImplementedException e) {
            return Map.of();
        }
    }

    private static Optional<String> first(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().filter(v -> v != null && !String.valueOf(v).isBlank()).map(String::valueOf).findFirst();
        }
        if (value instanceof Object[] values) {
            return first(List.of(values));
        }
        return value == null || String.valueOf(value).isBlank() ? Optional.empty() : Optional.of(String.valueOf(value));
    }
}
