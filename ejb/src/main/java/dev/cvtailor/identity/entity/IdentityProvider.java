package dev.cvtailor.identity.entity;

/**
 * A configured way to sign in: {@code id} names it in URLs ({@code /sso/<id>}) and in mapping rules; {@code label}
 * is what the login view shows ("Sign in with <label>").
 */
public record IdentityProvider(String id, ProviderKind kind, String label) {

    public static final String LOCAL_ID = "local";

    /** Sent to the provider's own sign-in page (OIDC, SAML), rather than typing a password into ours. */
    public boolean redirects() {
        return kind == ProviderKind.OIDC || kind == ProviderKind.SAML;
    }
}
