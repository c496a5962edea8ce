package dev.cvtailor.identity.entity;

/** How a sign-in provider proves who someone is. */
public enum ProviderKind {
    LOCAL, LDAP, OIDC, SAML;

    /** The lower-case name the API uses ("local", "ldap", "oidc", "saml"). */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
