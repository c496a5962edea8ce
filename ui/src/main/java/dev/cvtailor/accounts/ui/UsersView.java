package dev.cvtailor.accounts.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.entity.User;
import dev.cvtailor.ui.AdminOnly;
import dev.cvtailor.ui.MainLayout;
import jakarta.inject.Inject;

/** The accounts of the installation, for admins. */
@Route(value = "admin/users", layout = MainLayout.class)
@PageTitle("Users · CV Tailor")
@AdminOnly
public class UsersView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    @Inject
    public UsersView(AccountService accounts) {
        setSizeFull();
        Grid<User> grid = new Grid<>(User.class, false);
        grid.setId("users-grid");
        grid.addColumn(User::getEmail).setHeader("Email").setFlexGrow(3);
        grid.addColumn(u -> u.getRole().group).setHeader("Role");
        grid.addColumn(u -> u.isEnabled() ? "yes" : "no").setHeader("Enabled");
        grid.addColumn(User::getCreatedAt).setHeader("Since");
        grid.setItems(query -> accounts.list(query.getPage(), query.getPageSize()).items().stream());
        add(new H2("Users"), grid);
    }
}
