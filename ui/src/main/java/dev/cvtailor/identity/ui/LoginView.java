package dev.cvtailor.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.theme.lumo.LumoUtility;

import dev.cvtailor.identity.boundary.IdentityService;
import dev.cvtailor.identity.entity.IdentityProvider;
import dev.cvtailor.identity.entity.ProviderKind;
import dev.cvtailor.identity.entity.SignInResult;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.NextPage;
import jakarta.inject.Inject;

/**
 * Sign-in: the usual form (a CV Tailor account's passphrase, or the directory's password when the installation
 * signs in through LDAP), "Sign in with …" for each OIDC or SAML provider, and the way to create an account;
 * afterwards the page the visitor asked for ({@code ?next=}, e.g. an invitation or a review a mail links to).
 */
@Route("login")
public class LoginView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final Anchor register;
    private final Div providers = new Div();
    private final IdentityService identity;
    private String next = "";

    @Inject
    public LoginView(IdentityService identity) {
        this.identity = identity;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        LoginForm form = new LoginForm();
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setTitle(getTranslation("login.title"));
        identity.providers().stream().filter(p -> p.kind() == ProviderKind.LDAP)
                .findFirst().ifPresent(directory -> i18n.setAdditionalInformation(
                        getTranslation("login.directoryHint", directory.label())));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(event -> {
            try {
                SignInResult result = identity.passwordSignIn(event.getUsername(), event.getPassword(),
                        VaadinRequest.getCurrent().getRemoteAddr());
                SignedInFlow.complete(result, next);
            } catch (ApplicationProblem refused) {
                boolean throttled = refused.kind() == ApplicationProblem.Kind.TOO_MANY_REQUESTS;
                boolean unavailable = refused.kind() == ApplicationProblem.Kind.UNAVAILABLE;
                i18n.getErrorMessage().setTitle(getTranslation(throttled ? "login.throttled"
                        : unavailable ? "login.unavailable" : "login.wrong"));
                i18n.getErrorMessage().setMessage(throttled ? getTranslation("login.throttledHint")
                        : unavailable ? refused.getMessage() : getTranslation("login.wrongHint"));
                form.setI18n(i18n);
                form.setError(true);
            }
        });

        providers.setId("sign-in-providers");
        providers.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        register = new Anchor("register", getTranslation("login.register"));
        register.getElement().setAttribute("router-link", true);
        register.setId("to-register");
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")), form, providers, register);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next = NextPage.of(event.getLocation()).orElse("");
        register.setHref(NextPage.link("register", next));
        providers.removeAll();
        for (IdentityProvider provider : identity.providers()) {
            if (provider.redirects()) {
                // a full page load (no router-link): the provider's sign-in is a round trip through the server
                Anchor button = new Anchor(NextPage.link("sso/" + provider.id(), next),
                        getTranslation("login.with", provider.label()));
                button.setId("sign-in-with-" + provider.id());
                button.getElement().setAttribute("router-ignore", true);
                button.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM,
                        LumoUtility.Border.ALL, LumoUtility.TextAlignment.CENTER);
                providers.add(button);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
