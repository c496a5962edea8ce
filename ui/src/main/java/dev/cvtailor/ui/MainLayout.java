package dev.cvtailor.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;

import dev.cvtailor.accounts.ui.UsersView;
import dev.cvtailor.artifacts.ui.ArtifactsView;

/** The frame of every signed-in view: the product name, navigation, who is signed in, and sign-out. */
public class MainLayout extends AppLayout {

    private static final long serialVersionUID = 1L;

    public MainLayout() {
        H1 title = new H1("CV Tailor");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);

        Span user = new Span(SignedInUser.current().map(a -> a.email()).orElse(""));
        user.setId("signed-in-user");
        Button signOut = new Button("Sign out", click -> {
            SignedInUser.signOut();
            getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
        });
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, user, signOut);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Artifacts", ArtifactsView.class, VaadinIcon.RECORDS.create()));
        if (SignedInUser.isAdmin()) {
            nav.addItem(new SideNavItem("Users", UsersView.class, VaadinIcon.USERS.create()));
        }
        addToDrawer(nav);
    }
}
