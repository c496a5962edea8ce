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

    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(Account.class, null);
            session.getSession().invalidate();
        }
    }
}
