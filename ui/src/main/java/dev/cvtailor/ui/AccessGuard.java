package dev.cvtailor.ui;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.identity.ui.LoginView;
import dev.cvtailor.accounts.ui.RegisterView;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Sends every navigation of a visitor who is not signed in to the login view (which returns there once signed in),
 * and non-admins away from admin views; turns a problem a view did not catch into a message for the user instead of a stack trace.
 */
@ApplicationScoped
public class AccessGuard {

    private static final Logger LOG = Logger.getLogger(AccessGuard.class.getName());

    @Inject
    AccountService accounts;

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::onError));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        boolean open = LoginView.class.equals(target) || RegisterView.class.equals(target);
        boolean signedIn = SignedInUser.current().isPresent();
        if (target.isAnnotationPresent(AnyoneMayOpen.class)) {
            if (signedIn && !stillActive()) {
                SignedInUser.signOut();
            }
        } else if (!open && !signedIn) {
            event.forwardTo("login", NextPage.carrying(event.getLocation().getPath()));
        } else if (!open && !stillActive()) {
            SignedInUser.signOut();
            event.forwardTo(LoginView.class);
        } else if (open && signedIn) {
            event.forwardTo("");
        } else if (target.isAnnotationPresent(AdminOnly.class) && !SignedInUser.isAdmin()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** An account disabled or deleted since it signed in is signed out at its next step. */
    private boolean stillActive() {
        try {
            accounts.find(SignedInUser.require().id());
            return true;
        } catch (ApplicationProblem gone) {
            return false;
        }
    }

    private void onError(ErrorEvent error) {
        ApplicationProblem problem = problemIn(error.getThrowable());
        if (UI.getCurrent() == null) {
            LOG.log(Level.WARNING, "UI error outside a UI", error.getThrowable());
            return;
        }
        if (problem != null) {
            ProblemNotice.show(problem);
        } else {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "UI error " + reference, error.getThrowable());
            ProblemNotice.notify(UI.getCurrent().getTranslation("problem.unexpected"),
                    UI.getCurrent().getTranslation("problem.reference", reference));
        }
    }

    private static ApplicationProblem problemIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ApplicationProblem problem) {
                return problem;
            }
        }
        return null;
    }
}
