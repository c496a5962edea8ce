package dev.cvtailor.identity.ui;

import java.io.Serializable;

import dev.cvtailor.identity.entity.ExternalProfile;

/**
 * What the {@code /sso} servlet hands the UI in the HTTP session after the provider's round trip: who the provider
 * vouched for, the page to go on to, and the raw ID token (OIDC) that signing out sends back to the provider.
 */
record PendingSignIn(ExternalProfile profile, String next, String idToken) implements Serializable {

    static final String ATTRIBUTE = PendingSignIn.class.getName();
}
