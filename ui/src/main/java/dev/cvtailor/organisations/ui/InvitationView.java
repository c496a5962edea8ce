package dev.cvtailor.organisations.ui;

import java.time.Instant;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import dev.cvtailor.accounts.entity.Account;
import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.organisations.entity.Invitation;
import dev.cvtailor.organisations.entity.OrgMembership;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.AnyoneMayOpen;
import dev.cvtailor.ui.NextPage;
import dev.cvtailor.ui.ProblemNotice;
import dev.cvtailor.ui.SignedInUser;
import jakarta.inject.Inject;

/**
 * The page an invitation link opens: which organisation invites which address, and in which role. Signed in, the
 * person accepts it here; not signed in, they sign in or register first and come back to this page afterwards.
 */
@Route("invitation/:" + InvitationView.TOKEN)
@AnyoneMayOpen
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final String TOKEN = "token";

    private final OrganisationService organisations;
    private final Div body = new Div();

    @Inject
    public InvitationView(OrganisationService organisations) {
        this.organisations = organisations;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        body.setId("invitation");
        body.setMaxWidth("36rem");
        body.addClassNames(LumoUtility.Padding.LARGE, LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.LARGE);
        add(new H1(getTranslation("app.name")), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get(TOKEN).orElse("");
        body.removeAll();
        body.add(new H2(getTranslation("invitation.title")));
        Optional<Invitation> found = organisations.invitation(token);
        if (found.isEmpty()) {
            say("invitation-invalid", getTranslation("invitation.invalid"));
            return;
        }
        Invitation invitation = found.get();
        String organisation = organisations.organisationName(invitation.getOrganisationId());
        Paragraph offer = new Paragraph(getTranslation("invitation.offer", organisation, invitation.getEmail(),
                getTranslation("orgRole." + invitation.getRole().name())));
        offer.setId("invitation-offer");
        body.add(offer);
        if (!invitation.usable(Instant.now())) {
            say("invitation-unusable", getTranslation("invitation.unusable"));
            return;
        }
        Optional<Account> account = SignedInUser.current();
        if (account.isEmpty()) {
            body.add(new Paragraph(getTranslation("invitation.signInFirst", invitation.getEmail())));
            String next = "invitation/" + token;
            Anchor signIn = new Anchor(NextPage.link("login", next), getTranslation("invitation.signIn"));
            signIn.setId("invitation-sign-in");
            Anchor register = new Anchor(NextPage.link("register", next), getTranslation("invitation.register"));
            register.setId("invitation-register");
            HorizontalLayout links = new HorizontalLayout(signIn, register);
            links.addClassNames(LumoUtility.Gap.LARGE);
            body.add(links);
            return;
        }
        Paragraph signedIn = new Paragraph(getTranslation("invitation.signedInAs", account.get().email()));
        signedIn.addClassNames(LumoUtility.TextColor.SECONDARY);
        Div outcome = new Div();
        outcome.setId("invitation-outcome");
        Button accept = new Button(getTranslation("invitation.accept", organisation));
        accept.setId("accept-invitation");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(click -> {
            outcome.removeAll();
            try {
                OrgMembership joined = organisations.accept(account.get().id(), token);
                accept.setEnabled(false);
                Paragraph done = new Paragraph(getTranslation("invitation.accepted", joined.name(),
                        getTranslation("orgRole." + joined.role().name())));
                done.setId("invitation-accepted");
                done.getElement().setAttribute("role", "status");
                // the navigation of the next page shows the organisation's entries
                Anchor onwards = new Anchor(joined.role().reviews() ? "reviews/queue" : "reviews",
                        getTranslation("invitation.continue"));
                onwards.setId("invitation-continue");
                outcome.add(done, onwards);
            } catch (ApplicationProblem problem) {
                Paragraph refused = new Paragraph(problem.getMessage());
                refused.setId("invitation-error");
                refused.getElement().setAttribute("role", "alert");
                refused.addClassNames(LumoUtility.TextColor.ERROR);
                outcome.add(refused);
                ProblemNotice.show(problem);
            }
        });
        body.add(signedIn, accept, outcome);
    }

    private void say(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        body.add(paragraph);
        Anchor home = new Anchor("", getTranslation("invitation.home"));
        body.add(home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " · " + getTranslation("app.name");
    }
}
