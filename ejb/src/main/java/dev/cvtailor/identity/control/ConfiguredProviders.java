package dev.cvtailor.identity.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;

import dev.cvtailor.identity.entity.IdentityProvider;
import dev.cvtailor.identity.entity.ProviderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The sign-in providers the installation configured, read from server variables (MicroProfile Config):
 * {@code sso.providers} lists their ids, and each has {@code sso.<id>.kind} (ldap, oidc or saml) and
 * {@code sso.<id>.label}. The protocol itself is Liberty's ({@code ldapRegistry}, {@code openidConnectClient},
 * {@code samlWeb} in a configDropins file, see README "Single sign-on"); these variables only name and list it.
 * Local accounts always come first.
 */
@ApplicationScoped
public class ConfiguredProviders {

    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,62}$");

    @Inject
    Config config;

    public List<IdentityProvider> all() {
        List<IdentityProvider> providers = new ArrayList<>();
        providers.add(new IdentityProvider(IdentityProvider.LOCAL_ID, ProviderKind.LOCAL, "CV Tailor account"));
        for (String id : config.getOptionalValue("sso.providers", String.class).orElse("").split(",")) {
            String clean = id.strip();
            if (clean.isEmpty() || clean.equals(IdentityProvider.LOCAL_ID)) {
                continue;
            }
            if (!ID.matcher(clean).matches()) {
                throw new IllegalStateException("sso.providers: '" + clean + "' is not a provider id (a-z, 0-9, -)");
            }
            String kind = setting(clean, "kind").orElseThrow(() -> new IllegalStateException(
                    "sso." + clean + ".kind is missing: ldap, oidc or saml"));
            ProviderKind parsed = switch (kind.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "ldap" -> ProviderKind.LDAP;
                case "oidc" -> ProviderKind.OIDC;
                case "saml" -> ProviderKind.SAML;
                default -> throw new IllegalStateException("sso." + clean + ".kind must be ldap, oidc or saml");
            };
            providers.add(new IdentityProvider(clean, parsed, setting(clean, "label").orElse(clean)));
        }
        return List.copyOf(providers);
    }

    public Optional<IdentityProvider> find(String id) {
        return all().stream().filter(provider -> provider.id().equals(id)).findFirst();
    }

    /** The one LDAP provider, whose users type their directory password into the usual form. */
    public Optional<IdentityProvider> directory() {
        return all().stream().filter(provider -> provider.kind() == ProviderKind.LDAP).findFirst();
    }

    /** A provider's own setting {@code sso.<id>.<name>}. */
    public Optional<String> setting(String id, String name) {
        return config.getOptionalValue("sso." + id + "." + name, String.class).filter(value -> !value.isBlank());
    }
}
