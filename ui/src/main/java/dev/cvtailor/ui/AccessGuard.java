package dev.cvtailor.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;

import dev.cvtailor.accounts.ui.LoginView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Sends every navigation of a visitor who is not signed in to the login view, and non-admins away from admin views. */
@ApplicationScoped
public class AccessGuard {

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        boolean toLogin = LoginView.class.equals(event.getNavigationTarget());
        boolean signedIn = SignedInUser.current().isPresent();
        if (!toLogin && !signedIn) {
            event.forwardTo(LoginView.class);
        } else if (toLogin && signedIn) {
            event.forwardTo("");
        } else if (event.getNavigationTarget().isAnnotationPresent(AdminOnly.class) && !SignedInUser.isAdmin()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }
}
