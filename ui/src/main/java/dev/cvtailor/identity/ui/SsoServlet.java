package dev.cvtailor.identity.ui;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.cvtailor.identity.boundary.IdentityService;
import dev.cvtailor.identity.entity.IdentityProvider;
import dev.cvtailor.identity.entity.ProviderKind;
import dev.cvtailor.ui.NextPage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /sso/<id>}: where a browser starts an OIDC or SAML sign-in. The path is protected for any authenticated
 * caller ({@code **}), and the provider's {@code authFilter} sends exactly this path through Liberty's OIDC client
 * or SAML service provider, which do the protocol (state, nonce, PKCE; signed assertion, audience, validity). Once
 * Liberty lets the request in, this servlet reads who the provider vouched for, hands it to the UI in the session
 * (a new session id first) and sends the browser on to {@code /sso-complete}, where the account is signed in.
 * {@code /sso/<id>/sign-out} ends a SAML sign-in: there Liberty knows the caller through the service provider, so
 * its logout (with {@code spLogout}) sends a LogoutRequest to the provider: single logout.
 */
@WebServlet(urlPatterns = SsoServlet.PATH + "/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class SsoServlet extends HttpServlet {

    static final String PATH = "/sso";
    static final String SIGN_OUT = "/sign-out";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SsoServlet.class.getName());

    @Inject
    transient IdentityService identity;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        boolean signOut = path.endsWith(SIGN_OUT);
        String id = signOut ? path.substring(0, path.length() - SIGN_OUT.length()) : path;
        Optional<IdentityProvider> provider = identity.provider(id).filter(IdentityProvider::redirects);
        if (provider.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (signOut) {
            SignOutServlet.end(request, response, request.getContextPath() + "/login");
            return;
        }
        String next = Optional.ofNullable(request.getParameter(NextPage.PARAMETER)).orElse("");
        PendingSignIn pending;
        try {
            pending = provider.get().kind() == ProviderKind.OIDC
                    ? OidcProfiles.signedIn(provider.get(), setting(id, "groups-claim", "groups"), next)
                    : SamlProfiles.signedIn(provider.get(), setting(id, "email-attribute", "email"),
                            setting(id, "name-attribute", "name"), setting(id, "groups-attribute", "groups"), next);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the sign-in of provider " + id, e);
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, pending);
        response.sendRedirect(request.getContextPath() + "/sso-complete");
    }

    private String setting(String id, String name, String otherwise) {
        return identity.setting(id, name).orElse(otherwise);
    }
}
