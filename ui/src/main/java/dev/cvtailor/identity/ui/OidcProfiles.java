package dev.cvtailor.identity.ui;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.ibm.websphere.security.WSSecurityException;
import com.ibm.websphere.security.openidconnect.PropagationHelper;
import com.ibm.websphere.security.openidconnect.token.IdToken;

import dev.cvtailor.identity.entity.ExternalProfile;
import dev.cvtailor.identity.entity.IdentityProvider;

/**
 * The person Liberty's OIDC client signed in on this request, from the ID token it checked (signature, issuer,
 * audience, expiry, nonce). Loaded only when an OIDC provider is configured: the API's classes exist only while
 * {@code openidConnectClient-1.0} is enabled.
 */
final class OidcProfiles {

    private OidcProfiles() {
    }

    static PendingSignIn signedIn(IdentityProvider provider, String groupsClaim, String next) {
        IdToken token = PropagationHelper.getIdToken();
        if (token == null) {
            throw new IllegalStateException("No ID token on a request the OIDC client of " + provider.id() + " let in");
        }
        Map<String, Object> claims = token.getAllClaims();
        String raw;
        try {
            raw = token.getRawIdToken();
        } catch (WSSecurityException e) {
            raw = null;
        }
        ExternalProfile profile = new ExternalProfile(provider.id(), provider.kind(), token.getSubject(),
                text(claims.get("email")), text(claims.get("name")),
                Map.of(ExternalProfile.GROUPS, values(claims.get(groupsClaim)),
                        "email_verified", values(claims.get("email_verified"))));
        return new PendingSignIn(profile, next, raw);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static List<String> values(Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
