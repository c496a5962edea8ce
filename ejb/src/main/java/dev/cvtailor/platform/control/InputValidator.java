package dev.cvtailor.platform.control;

import java.util.Comparator;
import java.util.List;

import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.boundary.ApplicationProblem.FieldProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/**
 * Checks a value's Bean Validation constraints inside a boundary, so that the REST API and the UI get the
 * same answer: an {@link ApplicationProblem} naming every field that is wrong.
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    public <T> T check(T value, String what) {
        return check(value, what, "");
    }

    /** As {@link #check(Object, String)}, naming each field after {@code fieldPrefix} (a JSON path, say). */
    public <T> T check(T value, String what, String fieldPrefix) {
        if (value == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, what + " is missing");
        }
        List<FieldProblem> problems = validator.validate(value).stream()
                .map(v -> new FieldProblem(fieldPrefix + v.getPropertyPath(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        if (!problems.isEmpty()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, what + " is not valid", problems);
        }
        return value;
    }
}
