package dev.cvtailor.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell of the Vaadin UI: Lumo (light, or dark at the user's choice), no custom frontend code, so the
 * pre-compiled production bundle serves and no npm build is needed. Server push over long polling, which needs
 * nothing of the server beyond asynchronous servlets, shows a document's progress as it happens.
 */
@Theme(themeClass = Lumo.class)
@PWA(name = "CV Tailor", shortName = "CV Tailor")
@Push(value = PushMode.AUTOMATIC, transport = Transport.LONG_POLLING)
@Viewport("width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;
}
