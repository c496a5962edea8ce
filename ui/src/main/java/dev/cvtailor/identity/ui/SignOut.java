package dev.cvtailor.identity.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;

import dev.cvtailor.identity.boundary.IdentityService;
import dev.cvtailor.identity.entity.IdentityProvider;
import dev.cvtailor.identity.entity.ProviderKind;
import dev.cvtailor.ui.SignedInUser;
import dev.cvtailor.ui.SignedInUser.SignInSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Signing out, from a view: works out where the browser goes once signed out (for an OIDC sign-in, the
 * provider's logout with the ID token as hint, coming back to the sign-in page: RP-initiated logout) and sends it
 * to {@link SignOutServlet}, which ends the session in a plain request of its own (ending it inside a UI request
 * would leave the browser reloading the page it was on instead of following the redirect). A SAML sign-in signs
 * out through its own {@code /sso/<id>/sign-out}, where Liberty's service provider sends the SAML LogoutRequest.
 */
@ApplicationScoped
public class SignOut {

    @Inject
    IdentityService identity;

    /** Where to send the browser to sign out. */
    public String signOut() {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        Optional<SignInSource> source = SignedInUser.source();
        Optional<IdentityProvider> provider = source.flatMap(signedIn -> identity.provider(signedIn.providerId()));
        if (provider.isPresent() && provider.get().kind() == ProviderKind.SAML) {
            return request.getContextPath() + SsoServlet.PATH + "/" + provider.get().id() + SsoServlet.SIGN_OUT;
        }
        String next = source.flatMap(signedIn -> providerLogout(signedIn, request)).orElse("/login");
        VaadinSession.getCurrent().getSession().setAttribute(SignOutServlet.NEXT, next);
        return request.getContextPath() + SignOutServlet.PATH;
    }

    private Optional<String> providerLogout(SignInSource source, HttpServletRequest request) {
        Optional<IdentityProvider> provider = identity.provider(source.providerId());
        if (provider.isEmpty() || provider.get().kind() != ProviderKind.OIDC || source.idToken() == null) {
            return Optional.empty();
        }
        String back = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/login";
        return identity.setting(source.providerId(), "logout-url").map(url -> url + (url.contains("?") ? "&" : "?")
                + "id_token_hint=" + encode(source.idToken()) + "&post_logout_redirect_uri=" + encode(back));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
