package dev.cvtailor.accounts.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.entity.RegistrationMode;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.ProblemNotice;
import dev.cvtailor.ui.SignedInUser;

/** For admins: who may register (open, invite-only, closed), and a new invite code, shown once. */
public class RegistrationEditor extends Div {

    private static final long serialVersionUID = 1L;

    public RegistrationEditor(AccountService accounts) {
        setId("registration");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.MEDIUM);
        Select<RegistrationMode> mode = new Select<>();
        mode.setId("registration-mode");
        mode.setLabel(getTranslation("registration.mode"));
        mode.setItems(RegistrationMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("registration.mode." + m.value));
        mode.setValue(accounts.registrationMode());
        Button save = new Button(getTranslation("registration.save"), click -> {
            try {
                accounts.changeRegistrationMode(SignedInUser.require().id(), mode.getValue().value);
                ProblemNotice.success(getTranslation("registration.saved"));
            } catch (ApplicationProblem problem) {
                ProblemNotice.show(problem);
            }
        });
        save.setId("registration-save");

        IntegerField uses = new IntegerField(getTranslation("registration.uses"));
        uses.setId("invite-uses");
        uses.setMin(1);
        uses.setValue(25);
        DatePicker until = new DatePicker(getTranslation("registration.until"), LocalDate.now().plusDays(30));
        until.setId("invite-until");
        TextField code = new TextField(getTranslation("registration.code"));
        code.setId("invite-code");
        code.setReadOnly(true);
        code.setVisible(false);
        code.setWidth("min(28em, 100%)");
        Button create = new Button(getTranslation("registration.create"), click -> {
            try {
                code.setValue(accounts.createInviteCode(SignedInUser.require().id(), uses.getValue(),
                        until.getValue() == null ? null : until.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
                code.setHelperText(getTranslation("registration.codeShownOnce"));
                code.setVisible(true);
            } catch (ApplicationProblem problem) {
                ProblemNotice.show(problem);
            }
        });
        create.setId("invite-create");
        HorizontalLayout modeRow = new HorizontalLayout(mode, save);
        modeRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout codeRow = new HorizontalLayout(uses, until, create);
        codeRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        codeRow.setWrap(true);
        add(new H3(getTranslation("registration.title")), modeRow, codeRow, code);
    }
}
