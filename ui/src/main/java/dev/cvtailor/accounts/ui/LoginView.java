package dev.cvtailor.accounts.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import com.vaadin.flow.server.VaadinRequest;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.entity.Account;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.SignedInUser;
import jakarta.inject.Inject;

/** Sign-in over the same user store as the REST API. */
@Route("login")
@PageTitle("Sign in · CV Tailor")
public class LoginView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    @Inject
    public LoginView(AccountService accounts) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        LoginForm form = new LoginForm();
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setUsername("Email");
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Wrong email or password");
        i18n.getErrorMessage().setMessage("Check them and try again.");
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(event -> {
            try {
                Account account = accounts.verifyCredentials(event.getUsername(), event.getPassword(),
                        VaadinRequest.getCurrent().getRemoteAddr());
                SignedInUser.signIn(account);
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (ApplicationProblem refused) {
                i18n.getErrorMessage().setTitle(refused.kind() == ApplicationProblem.Kind.TOO_MANY_REQUESTS
                        ? "Too many failed attempts" : "Wrong email or password");
                i18n.getErrorMessage().setMessage(refused.kind() == ApplicationProblem.Kind.TOO_MANY_REQUESTS
                        ? "Wait a few minutes, then try again." : "Check them and try again.");
                form.setI18n(i18n);
                form.setError(true);
            }
        });

        add(new H1("CV Tailor"), new Paragraph("Your work, with its evidence, tailored to every job."), form);
    }
}
