package dev.cvtailor.accounts.ui;

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
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.entity.Account;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.NextPage;
import dev.cvtailor.ui.SignedInUser;
import jakarta.inject.Inject;

/**
 * Sign-in over the same user store as the REST API, with the way to create an account; afterwards the page the
 * visitor asked for ({@code ?next=}, e.g. an invitation or a review a mail links to), else the start page.
 */
@Route("login")
public class LoginView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final RouterLink register;
    private String next = "";

    @Inject
    public LoginView(AccountService accounts) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        LoginForm form = new LoginForm();
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setTitle(getTranslation("login.title"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(event -> {
            try {
                Account account = accounts.verifyCredentials(event.getUsername(), event.getPassword(),
                        VaadinRequest.getCurrent().getRemoteAddr());
                SignedInUser.signIn(account);
                getUI().ifPresent(ui -> ui.navigate(next));
            } catch (ApplicationProblem refused) {
                boolean throttled = refused.kind() == ApplicationProblem.Kind.TOO_MANY_REQUESTS;
                i18n.getErrorMessage().setTitle(getTranslation(throttled ? "login.throttled" : "login.wrong"));
                i18n.getErrorMessage().setMessage(getTranslation(throttled ? "login.throttledHint" : "login.wrongHint"));
                form.setI18n(i18n);
                form.setError(true);
            }
        });

        register = new RouterLink(getTranslation("login.register"), RegisterView.class);
        register.setId("to-register");
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")), form, register);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next = NextPage.of(event.getLocation()).orElse("");
        register.setQueryParameters(NextPage.carrying(next));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
