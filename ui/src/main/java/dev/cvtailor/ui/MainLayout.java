package dev.cvtailor.ui;

import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.LumoUtility;

import dev.cvtailor.accounts.ui.AccountView;
import dev.cvtailor.accounts.ui.UsersView;
import dev.cvtailor.applications.ui.ApplicationsView;
import dev.cvtailor.artifacts.ui.ArtifactsView;
import dev.cvtailor.audit.ui.AuditView;
import dev.cvtailor.generation.ui.DocumentsView;
import dev.cvtailor.generation.ui.TailorView;
import dev.cvtailor.imports.ui.ImportView;
import dev.cvtailor.identity.ui.SignOut;
import dev.cvtailor.labels.ui.LabelsView;
import dev.cvtailor.notifications.boundary.NotificationService;
import dev.cvtailor.notifications.ui.NotificationBell;
import dev.cvtailor.notifications.ui.NotificationWatch;
import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.organisations.entity.OrgMembership;
import dev.cvtailor.organisations.entity.OrgRole;
import dev.cvtailor.organisations.ui.OrganisationView;
import dev.cvtailor.platform.ui.ReportsView;
import dev.cvtailor.platform.ui.SystemView;
import dev.cvtailor.reviews.ui.InsightsView;
import dev.cvtailor.reviews.ui.MyReviewsView;
import dev.cvtailor.reviews.ui.ReviewQueueView;
import jakarta.inject.Inject;

/**
 * The frame of every signed-in view: the product name, navigation (the organisation's entries by the user's role in
 * it, admin entries for admins only), who is signed in, the notification bell, the light/dark switch (remembered by
 * the browser) and sign-out. On a phone the navigation folds away.
 */
public class MainLayout extends AppLayout {

    private static final long serialVersionUID = 1L;

    /** Applies the theme the browser remembers, or switches it and remembers the new one. */
    private static final String THEME_SCRIPT = "const root = document.documentElement;"
            + "let dark = localStorage.getItem('cvtailor.theme') === 'dark';"
            + "if ($0) { dark = !dark; localStorage.setItem('cvtailor.theme', dark ? 'dark' : 'light'); }"
            + "if (dark) { root.setAttribute('theme', 'dark'); } else { root.removeAttribute('theme'); }"
            + "return dark;";

    @Inject
    public MainLayout(OrganisationService organisations, NotificationService notifications, NotificationWatch watch,
            SignOut signing) {
        H1 title = new H1(getTranslation("app.name"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);

        Span user = new Span(SignedInUser.current().map(a -> a.email()).orElse(""));
        user.setId("signed-in-user");
        user.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);

        Button theme = new Button(VaadinIcon.ADJUST.create(), click -> switchTheme(true));
        theme.setId("theme-switch");
        theme.setAriaLabel(getTranslation("nav.theme"));
        theme.setTooltipText(getTranslation("nav.theme"));
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);

        Button signOut = new Button(getTranslation("nav.signOut"), click -> {
            String next = signing.signOut();
            getUI().ifPresent(ui -> ui.getPage().setLocation(next));
        });
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, user);
        SignedInUser.current().ifPresent(account -> header.add(new NotificationBell(notifications, watch,
                account.id())));
        header.add(theme, signOut);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.setSpacing(false);
        header.addClassNames(LumoUtility.Padding.Horizontal.SMALL, LumoUtility.Gap.SMALL);
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.addItem(new SideNavItem(getTranslation("nav.artifacts"), ArtifactsView.class, VaadinIcon.RECORDS.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.import"), ImportView.class, VaadinIcon.UPLOAD.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.labels"), LabelsView.class, VaadinIcon.TAGS.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.tailor"), TailorView.class, VaadinIcon.MAGIC.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.documents"), DocumentsView.class, VaadinIcon.FILE_TEXT.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.applications"), ApplicationsView.class,
                VaadinIcon.CLIPBOARD_CHECK.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.account"), AccountView.class, VaadinIcon.USER.create()));
        addToDrawer(nav);
        Optional<OrgMembership> membership = SignedInUser.current()
                .flatMap(account -> organisations.organisationOf(account.id()));
        membership.ifPresent(m -> {
            SideNav team = new SideNav(m.name());
            team.setId("org-nav");
            team.addItem(new SideNavItem(getTranslation("nav.reviews"), MyReviewsView.class,
                    VaadinIcon.CHECK_SQUARE_O.create()));
            if (m.role().reviews()) {
                team.addItem(new SideNavItem(getTranslation("nav.queue"), ReviewQueueView.class,
                        VaadinIcon.INBOX.create()));
                team.addItem(new SideNavItem(getTranslation("nav.insights"), InsightsView.class,
                        VaadinIcon.BAR_CHART.create()));
            }
            if (m.role() == OrgRole.ORG_ADMIN) {
                team.addItem(new SideNavItem(getTranslation("nav.organisation"), OrganisationView.class,
                        VaadinIcon.OFFICE.create()));
            }
            addToDrawer(team);
        });
        if (SignedInUser.isAdmin()) {
            SideNav admin = new SideNav(getTranslation("nav.admin"));
            admin.setId("admin-nav");
            admin.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class, VaadinIcon.USERS.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.audit"), AuditView.class, VaadinIcon.LIST.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.system"), SystemView.class, VaadinIcon.DASHBOARD.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.reports"), ReportsView.class, VaadinIcon.LINE_CHART.create()));
            if (membership.map(m -> m.role() != OrgRole.ORG_ADMIN).orElse(true)) {
                admin.addItem(new SideNavItem(getTranslation("nav.organisations"), OrganisationView.class,
                        VaadinIcon.OFFICE.create()));
            }
            addToDrawer(admin);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        switchTheme(false);
    }

    private void switchTheme(boolean toggle) {
        getElement().executeJs(THEME_SCRIPT, toggle);
    }
}
