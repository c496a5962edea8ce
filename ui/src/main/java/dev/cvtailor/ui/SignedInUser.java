package dev.cvtailor.ui;

import java.util.Optional;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import dev.cvtailor.accounts.entity.Account;
import dev.cvtailor.accounts.entity.Role;

/** The account signed in to the current Vaadin session, kept in the session only. */
public final class SignedInUser {

    private SignedInUser() {
    }

    public static Optional<Account> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(Account.class));
    }

    public static Account require() {
        return current().orElseThrow(() -> new IllegalStateException("No user is signed in"));
    }

    public static boolean isAdmin() {
        return current().map(account -> account.role() == Role.ADMIN).orElse(false);
    }

    public static void signIn(Account account) {
        // A new HTTP session id on sign-in, so that a session id planted before it is worth nothing.
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        VaadinSession.getCurrent().setAttribute(Account.class, account);
    }

    /**
     * Signs in an account an OIDC or SAML provider vouched for (in a session the {@code /sso} servlet renewed),
     * remembering the provider (and the ID token, for OIDC) so that signing out can end the provider's session too.
     */
    public static void signIn(Account account, String providerId, String idToken) {
        // no new session id here: the /sso servlet gave the session one when the provider's answer came in, and
        // rotating it again during the first request of a page would leave the browser with the old cookie
        VaadinSession.getCurrent().setAttribute(Account.class, account);
        VaadinSession.getCurrent().setAttribute(SignInSource.class, new SignInSource(providerId, idToken));
    }

    /** The provider the session signed in through, when not a password. */
    public static Optional<SignInSource> source() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(SignInSource.class));
    }

    /** The provider a session signed in through, and its ID token (OIDC) for single logout. */
    public record SignInSource(String providerId, String idToken) implements java.io.Serializable {
    }

    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(Account.class, null);
            session.setAttribute(SignInSource.class, null);
            session.getSession().invalidate();
        }
    }
}
