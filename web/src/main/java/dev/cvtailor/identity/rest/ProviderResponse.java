package dev.cvtailor.identity.rest;

import dev.cvtailor.identity.entity.IdentityProvider;

/** A way to sign in; {@code signInUrl} is where a browser starts it (OIDC and SAML), relative to the UI. */
public record ProviderResponse(String id, String kind, String label, String signInUrl) {

    static ProviderResponse of(IdentityProvider provider) {
        return new ProviderResponse(provider.id(), provider.kind().apiName(), provider.label(),
                provider.redirects() ? "/sso/" + provider.id() : null);
    }
}
