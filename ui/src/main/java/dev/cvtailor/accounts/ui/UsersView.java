package dev.cvtailor.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.entity.Role;
import dev.cvtailor.accounts.entity.User;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.AdminOnly;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.ProblemNotice;
import dev.cvtailor.ui.SignedInUser;
import dev.cvtailor.ui.StatusBadge;
import dev.cvtailor.ui.ViewFrame;
import jakarta.inject.Inject;

/** The accounts of the installation, for admins: find one by email, change its role, disable or enable it. */
@Route(value = "admin/users", layout = MainLayout.class)
@AdminOnly
public class UsersView extends ViewFrame {

    private static final long serialVersionUID = 1L;

    private final AccountService accounts;
    private final Grid<User> grid = new Grid<>(User.class, false);
    private final TextField search = new TextField();

    @Inject
    public UsersView(AccountService accounts) {
        super("users.title");
        this.accounts = accounts;
        setSizeFull();

        search.setLabel(getTranslation("users.search"));
        search.setId("users-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.setId("users-grid");
        grid.addColumn(User::getEmail).setHeader(getTranslation("users.email")).setFlexGrow(3);
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("users.role"));
        grid.addComponentColumn(u -> u.isEnabled()
                ? new StatusBadge(getTranslation("users.enabled"), StatusBadge.Tone.SUCCESS)
                : new StatusBadge(getTranslation("users.disabled"), StatusBadge.Tone.ERROR))
                .setHeader(getTranslation("users.state"));
        grid.addComponentColumn(this::enableButton).setHeader(getTranslation("users.action"));
        grid.addColumn(u -> u.getCreatedAt().toString().substring(0, 10)).setHeader(getTranslation("users.since"));
        grid.setItems(query -> accounts.list(search.getValue(), query.getPage(), query.getPageSize()).items().stream(),
                query -> (int) accounts.list(search.getValue(), 0, 1).total());
        addAndExpand(grid);
        addComponentAtIndex(1, search);
    }

    private Select<Role> roleSelect(User user) {
        Select<Role> role = new Select<>();
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r.group);
        role.setValue(user.getRole());
        role.setAriaLabel(getTranslation("users.roleOf", user.getEmail()));
        role.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                change(user, change.getValue(), null);
            }
        });
        return role;
    }

    private Button enableButton(User user) {
        Button button = new Button(getTranslation(user.isEnabled() ? "users.disable" : "users.enable"),
                click -> change(user, null, !user.isEnabled()));
        button.getElement().setAttribute("data-email", user.getEmail());
        button.addClassName(user.isEnabled() ? "disable-user" : "enable-user");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, user.isEnabled() ? ButtonVariant.LUMO_ERROR
                : ButtonVariant.LUMO_SUCCESS);
        return button;
    }

    private void change(User user, Role role, Boolean enabled) {
        try {
            accounts.update(SignedInUser.require().id(), user.getId(), role, enabled);
            ProblemNotice.success(getTranslation("users.changed", user.getEmail()));
        } catch (ApplicationProblem problem) {
            ProblemNotice.show(problem);
        }
        grid.getDataProvider().refreshAll();
    }
}
