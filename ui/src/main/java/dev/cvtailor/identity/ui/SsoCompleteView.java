package dev.cvtailor.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import dev.cvtailor.identity.boundary.IdentityService;
import dev.cvtailor.identity.entity.ExternalProfile;
import dev.cvtailor.identity.entity.SignInResult;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.AnyoneMayOpen;
import dev.cvtailor.ui.NextPage;
import dev.cvtailor.ui.SignedInUser;
import jakarta.inject.Inject;

/**
 * The end of an OIDC or SAML sign-in: the provider's profile the {@code /sso} servlet left in the session becomes a
 * signed-in account (or waits for a link, or is refused with the reason).
 */
@Route("sso-complete")
@AnyoneMayOpen
public class SsoCompleteView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final transient IdentityService identity;
    private final Paragraph refusal = new Paragraph();

    @Inject
    public SsoCompleteView(IdentityService identity) {
        this.identity = identity;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        refusal.setId("sso-refusal");
        Anchor back = new Anchor("login", getTranslation("sso.back"));
        back.setId("sso-back");
        add(new H1(getTranslation("app.name")), refusal, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        PendingSignIn pending = (PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE);
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        if (pending == null) {
            event.forwardTo("login");
            return;
        }
        String next = NextPage.isInside(pending.next()) ? pending.next() : "";
        try {
            SignInResult result = identity.signIn(pending.profile(), VaadinRequest.getCurrent().getRemoteAddr());
            if (result instanceof SignInResult.SignedInAs signedIn) {
                SignedInUser.signIn(signedIn.account(), pending.profile().providerId(), pending.idToken());
                event.forwardTo(next);
            } else {
                VaadinSession.getCurrent().setAttribute(ExternalProfile.class, pending.profile());
                event.forwardTo("link-account", NextPage.carrying(next));
            }
        } catch (ApplicationProblem refused) {
            refusal.setText(refused.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
