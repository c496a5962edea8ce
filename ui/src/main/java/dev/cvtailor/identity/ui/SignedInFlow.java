package dev.cvtailor.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import dev.cvtailor.identity.entity.ExternalProfile;
import dev.cvtailor.identity.entity.SignInResult;
import dev.cvtailor.ui.NextPage;
import dev.cvtailor.ui.SignedInUser;

/**
 * Where a sign-in goes from here: into the application (the page asked for), or, when the provider's e-mail
 * belongs to an account with a password of its own, to the page that links the two once that password is
 * confirmed (the provider's profile waits in the session meanwhile, never in the browser).
 */
final class SignedInFlow {

    private SignedInFlow() {
    }

    static void complete(SignInResult result, String next) {
        UI ui = UI.getCurrent();
        if (result instanceof SignInResult.SignedInAs signedIn) {
            SignedInUser.signIn(signedIn.account());
            ui.navigate(next == null ? "" : next);
        } else if (result instanceof SignInResult.LinkRequired link) {
            VaadinSession.getCurrent().setAttribute(ExternalProfile.class, link.profile());
            ui.navigate(NextPage.link("link-account", next));
        }
    }

    /** The provider's profile waiting for a link, if any. */
    static ExternalProfile pendingLink() {
        return VaadinSession.getCurrent().getAttribute(ExternalProfile.class);
    }

    static void forgetPendingLink() {
        VaadinSession.getCurrent().setAttribute(ExternalProfile.class, null);
    }
}
