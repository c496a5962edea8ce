package dev.cvtailor.accounts.ui;

import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.entity.RegistrationMode;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.NextPage;
import dev.cvtailor.ui.ProblemNotice;
import dev.cvtailor.ui.SignedInUser;
import jakarta.inject.Inject;

/**
 * Creating an account: an email and a passphrase, checked by the same rules as {@code POST /auth/register}; then
 * the page the visitor came for ({@code ?next=}, e.g. the invitation they are accepting), else the start page.
 */
@Route("register")
public class RegisterView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final TextField inviteCode = new TextField();
    /** To the sign-in page by its route (which belongs to the identity component), keeping {@code ?next=}. */
    private final Anchor signIn;
    private String next = "";

    @Inject
    public RegisterView(AccountService accounts) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        email.setLabel(getTranslation("register.email"));
        email.setId("register-email");
        email.setRequiredIndicatorVisible(true);
        email.setAutofocus(true);
        password.setLabel(getTranslation("register.password"));
        password.setId("register-password");
        password.setHelperText(getTranslation("register.passwordHelp"));
        password.setRequiredIndicatorVisible(true);
        repeat.setLabel(getTranslation("register.repeat"));
        repeat.setId("register-repeat");
        repeat.setRequiredIndicatorVisible(true);

        Button create = new Button(getTranslation("register.submit"), click -> register(accounts));
        create.setId("register-submit");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);

        inviteCode.setLabel(getTranslation("register.inviteCode"));
        inviteCode.setId("register-invite-code");
        inviteCode.setHelperText(getTranslation("register.inviteCodeHelp"));
        RegistrationMode mode = accounts.registrationMode();
        inviteCode.setVisible(mode == RegistrationMode.INVITE_ONLY);
        inviteCode.setRequiredIndicatorVisible(mode == RegistrationMode.INVITE_ONLY);
        FormLayout form = new FormLayout(email, password, repeat, inviteCode, create);
        if (mode == RegistrationMode.CLOSED) {
            Paragraph closed = new Paragraph(getTranslation("register.closed"));
            closed.setId("register-closed");
            form = new FormLayout(closed);
        }
        form.setMaxWidth("24em");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        signIn = new Anchor("login", getTranslation("register.haveAccount"));
        signIn.getElement().setAttribute("router-link", true);
        signIn.setId("to-sign-in");
        add(new H1(getTranslation("app.name")), new H2(getTranslation("register.title")), form, signIn);
    }

    private void register(AccountService accounts) {
        email.setInvalid(false);
        password.setInvalid(false);
        repeat.setInvalid(false);
        inviteCode.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("register.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.register(email.getValue(), password.getValue(), inviteCode.getValue());
            SignedInUser.signIn(accounts.verifyCredentials(email.getValue(), password.getValue(),
                    VaadinRequest.getCurrent().getRemoteAddr()));
            getUI().ifPresent(ui -> ui.navigate(next));
        } catch (ApplicationProblem problem) {
            if (problem.kind() == ApplicationProblem.Kind.CONFLICT) {
                email.setErrorMessage(getTranslation("register.taken"));
                email.setInvalid(true);
            } else if (problem.kind() == ApplicationProblem.Kind.REGISTRATION_REFUSED) {
                inviteCode.setErrorMessage(problem.getMessage());
                inviteCode.setInvalid(true);
                inviteCode.setVisible(true);
            } else {
                ProblemNotice.show(problem, Map.of("email", email, "password", password));
            }
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next = NextPage.of(event.getLocation()).orElse("");
        signIn.setHref(NextPage.link("login", next));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · " + getTranslation("app.name");
    }
}
