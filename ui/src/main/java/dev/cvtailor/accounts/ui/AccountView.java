package dev.cvtailor.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.entity.Account;
import dev.cvtailor.accounts.entity.SignedIn;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.ProblemNotice;
import dev.cvtailor.ui.SignedInUser;
import dev.cvtailor.ui.ViewFrame;
import jakarta.inject.Inject;

/**
 * The user's own account: a token for the API (whoever signed in through a directory, OIDC or SAML has no
 * passphrase to send to {@code POST /auth/login}), download everything the application holds about them (the same
 * document as {@code GET /me/export}), and delete the account with all its data.
 */
@Route(value = "account", layout = MainLayout.class)
public class AccountView extends ViewFrame {

    private static final long serialVersionUID = 1L;

    /**
     * Fetches the personal-data document with a token issued for this download only, saves it as a file, then
     * signs the token out: the browser gets exactly what the API gives, and the token is worth nothing after.
     */
    private static final String DOWNLOAD_SCRIPT = """
            return (async token => {
              const auth = {Authorization: 'Bearer ' + token};
              const response = await fetch('/api/v1/me/export', {headers: auth});
              try {
                if (!response.ok) { return response.status; }
                const link = document.createElement('a');
                link.href = URL.createObjectURL(await response.blob());
                link.download = 'cvtailor-my-data.json';
                document.body.appendChild(link);
                link.click();
                link.remove();
                return 200;
              } finally {
                await fetch('/api/v1/auth/logout', {method: 'POST', headers: auth});
              }
            })($0);""";

    @Inject
    public AccountView(AccountService accounts) {
        super("account.title");
        Account account = SignedInUser.require();

        Paragraph who = new Paragraph(getTranslation("account.signedInAs", account.email(), account.role().group));
        who.setId("account-email");

        Button download = new Button(getTranslation("account.download"), VaadinIcon.DOWNLOAD.create());
        download.setId("download-my-data");
        download.addClickListener(click -> getElement()
                .executeJs(DOWNLOAD_SCRIPT, accounts.tokenFor(account.id()).token())
                .then(Integer.class, status -> {
                    if (status == 200) {
                        ProblemNotice.success(getTranslation("account.downloaded"));
                    } else {
                        ProblemNotice.notify(getTranslation("account.downloadFailed"), "HTTP " + status);
                    }
                }));

        TextField apiToken = new TextField(getTranslation("account.apiToken"));
        apiToken.setId("api-token");
        apiToken.setReadOnly(true);
        apiToken.setWidthFull();
        apiToken.setVisible(false);
        Button createToken = new Button(getTranslation("account.apiTokenCreate"), VaadinIcon.KEY.create());
        createToken.setId("create-api-token");
        createToken.addClickListener(click -> {
            SignedIn issued = accounts.tokenFor(account.id());
            apiToken.setValue(issued.token());
            apiToken.setHelperText(getTranslation("account.apiTokenHelp", issued.expiresAt()));
            apiToken.setVisible(true);
        });

        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("account.deleteHeader"));
        confirm.setText(getTranslation("account.deleteText", account.email()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("account.deleteConfirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            accounts.delete(account.id());
            SignedInUser.signOut();
            getUI().ifPresent(ui -> ui.getPage().setLocation("/login"));
        });
        Button delete = new Button(getTranslation("account.delete"), VaadinIcon.TRASH.create(), click -> confirm.open());
        delete.setId("delete-account");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);

        add(who, new H3(getTranslation("account.apiHeader")), new Paragraph(getTranslation("account.apiText")),
                createToken, apiToken, new H3(getTranslation("account.dataHeader")), new Paragraph(getTranslation("account.dataText")),
                download, new H3(getTranslation("account.deleteHeader")),
                new Paragraph(getTranslation("account.deleteExplain")), delete);
    }
}
