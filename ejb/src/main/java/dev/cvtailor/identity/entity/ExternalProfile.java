package dev.cvtailor.identity.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Who a provider vouches for: its stable subject (an LDAP DN, an OIDC {@code sub}, a SAML NameID), the e-mail and
 * name it gives, and the attributes the mapping rules read ({@code groups} first of all). Kept in the UI session
 * while a link to an existing account waits for that account's password, hence serialisable.
 */
public record ExternalProfile(String providerId, ProviderKind kind, String subject, String email, String name,
        Map<String, List<String>> attributes) implements Serializable {

    public static final String GROUPS = "groups";

    public ExternalProfile {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public List<String> values(String attribute) {
        if ("email".equals(attribute)) {
            return email == null ? List.of() : List.of(email);
        }
        return attributes.getOrDefault(attribute, List.of());
    }
}
