package dev.cvtailor.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import dev.cvtailor.platform.boundary.ApplicationProblem;

/**
 * Tells the user what went wrong and what to do about it, for every kind of problem the services raise (the same
 * taxonomy as the API's problem+json); field problems go onto the fields they name, where the view has them.
 */
public final class ProblemNotice {

    private ProblemNotice() {
    }

    /** Shows the problem: its field problems on the given fields, the rest in a notification. */
    public static void show(ApplicationProblem problem, Map<String, ? extends HasValidation> fields) {
        StringBuilder unplaced = new StringBuilder();
        for (ApplicationProblem.FieldProblem field : problem.fieldProblems()) {
            HasValidation target = fields.get(field.field());
            if (target != null) {
                target.setErrorMessage(field.message());
                target.setInvalid(true);
            } else {
                unplaced.append(unplaced.isEmpty() ? "" : "; ").append(field.field()).append(' ').append(field.message());
            }
        }
        String detail = problem.fieldProblems().isEmpty() ? problem.getMessage() : unplaced.toString();
        notify(UI.getCurrent().getTranslation("problem." + problem.kind().slug), detail);
    }

    public static void show(ApplicationProblem problem) {
        show(problem, Map.of());
    }

    /** A notification in the error style: what happened (translated) and, if any, the detail the service gave. */
    public static void notify(String what, String detail) {
        String text = detail == null || detail.isBlank() ? what : what + " " + detail;
        Notification notification = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.getElement().setAttribute("role", "alert");
    }

    public static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
