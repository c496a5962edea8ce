package dev.cvtailor.platform.ui;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.control.FeatureFlags;
import dev.cvtailor.platform.control.FeatureFlags.FlagChange;
import dev.cvtailor.platform.control.FeatureFlags.FlagState;
import dev.cvtailor.ui.ProblemNotice;
import dev.cvtailor.ui.SignedInUser;

/**
 * The feature flags, each on one row an admin can change: on or off, the share of users it is rolled out to, and
 * the organisations and users let in whatever the share. A change is stored, audited, and in force on every
 * replica within seconds.
 */
class FeatureFlagsEditor extends Div {

    private static final long serialVersionUID = 1L;

    private final transient FeatureFlags features;

    FeatureFlagsEditor(FeatureFlags features) {
        this.features = features;
        setId("feature-flags");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.MEDIUM);
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H3(getTranslation("system.features")));
        features.all().forEach(state -> add(row(state)));
    }

    private HorizontalLayout row(FlagState state) {
        String key = state.feature().key;
        Span name = new Span(key);
        name.setMinWidth("12em");
        Checkbox enabled = new Checkbox(getTranslation("system.flag.enabled"), state.enabled());
        IntegerField percentage = new IntegerField(getTranslation("system.flag.percentage"));
        percentage.setMin(0);
        percentage.setMax(100);
        percentage.setValue(state.percentage());
        percentage.setWidth("7em");
        TextField organisations = new TextField(getTranslation("system.flag.organisations"));
        organisations.setValue(ids(state.organisations()));
        TextField users = new TextField(getTranslation("system.flag.users"));
        users.setValue(ids(state.users()));
        Span source = new Span(getTranslation(state.stored() ? "system.flag.admin" : "system.flag.configuration"));
        source.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Button save = new Button(getTranslation("system.flag.save"), click -> {
            try {
                features.change(state.feature(), new FlagChange(enabled.getValue(), percentage.getValue(),
                        parse(organisations.getValue()), parse(users.getValue())), SignedInUser.require().id());
                ProblemNotice.success(getTranslation("system.flag.saved", key));
                refresh();
            } catch (ApplicationProblem problem) {
                ProblemNotice.show(problem);
            } catch (NumberFormatException notIds) {
                ProblemNotice.notify(getTranslation("system.flag.badIds"), notIds.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout row = new HorizontalLayout(name, enabled, percentage, organisations, users, save, source);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.getElement().setAttribute("data-flag", key);
        return row;
    }

    private static String ids(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static Set<Long> parse(String text) {
        return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).map(Long::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
