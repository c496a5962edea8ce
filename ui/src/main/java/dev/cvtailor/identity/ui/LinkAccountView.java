package dev.cvtailor.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;

import dev.cvtailor.identity.boundary.IdentityService;
import dev.cvtailor.identity.entity.ExternalProfile;
import dev.cvtailor.identity.entity.SignInResult;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.AnyoneMayOpen;
import dev.cvtailor.ui.NextPage;
import jakarta.inject.Inject;

/**
 * The directory (or OIDC/SAML provider) vouched for someone whose e-mail already has a CV Tailor account with a
 * passphrase of its own: the two are linked only once that passphrase is typed here, so that whoever controls an
 * address at a provider cannot take over the account that has it.
 */
@Route("link-account")
@AnyoneMayOpen
public class LinkAccountView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final Paragraph explanation = new Paragraph();
    private final PasswordField password = new PasswordField();
    private String next = "";

    @Inject
    public LinkAccountView(IdentityService identity) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        explanation.setId("link-explanation");
        explanation.setMaxWidth("32em");
        password.setLabel(getTranslation("link.password"));
        password.setId("link-password");
        password.setWidth("24em");
        Button link = new Button(getTranslation("link.submit"), click -> link(identity));
        link.setId("link-submit");
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        link.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("common.cancel"), click -> {
            SignedInFlow.forgetPendingLink();
            getUI().ifPresent(ui -> ui.navigate("login"));
        });
        add(new H1(getTranslation("app.name")), new H2(getTranslation("link.title")), explanation, password, link,
                cancel);
    }

    private void link(IdentityService identity) {
        ExternalProfile pending = SignedInFlow.pendingLink();
        if (pending == null) {
            getUI().ifPresent(ui -> ui.navigate("login"));
            return;
        }
        try {
            var account = identity.confirmLink(pending, password.getValue(), VaadinRequest.getCurrent().getRemoteAddr());
            SignedInFlow.forgetPendingLink();
            SignedInFlow.complete(new SignInResult.SignedInAs(account), next);
        } catch (ApplicationProblem refused) {
            password.setErrorMessage(refused.kind() == ApplicationProblem.Kind.TOO_MANY_REQUESTS
                    ? getTranslation("login.throttled") : getTranslation("link.wrong"));
            password.setInvalid(true);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next = NextPage.of(event.getLocation()).orElse("");
        ExternalProfile pending = SignedInFlow.pendingLink();
        if (pending == null) {
            event.forwardTo("login");
            return;
        }
        explanation.setText(getTranslation("link.explanation", pending.email(), pending.providerId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("link.title") + " · " + getTranslation("app.name");
    }
}
