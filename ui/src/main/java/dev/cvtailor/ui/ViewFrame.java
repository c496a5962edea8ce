package dev.cvtailor.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** A signed-in view: its heading, and the browser tab's title, from one key of the resource bundle. */
public abstract class ViewFrame extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final String titleKey;

    protected ViewFrame(String titleKey) {
        this.titleKey = titleKey;
        H2 heading = new H2(getTranslation(titleKey));
        heading.addClassNames(LumoUtility.Margin.Top.SMALL, LumoUtility.Margin.Bottom.NONE);
        add(heading);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
