package dev.cvtailor.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page shell of the Vaadin UI: Lumo, light variant, no custom frontend code (so no npm build is needed). */
@Theme(themeClass = Lumo.class)
@PWA(name = "CV Tailor", shortName = "CV Tailor")
public class AppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;
}
