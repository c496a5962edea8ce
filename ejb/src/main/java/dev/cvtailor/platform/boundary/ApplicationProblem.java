package dev.cvtailor.platform.boundary;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * A request the application refuses for a reason the caller can act on. The REST boundary turns it into an
 * RFC 9457 problem with the status of its {@link Kind}; the Vaadin UI shows its message. An application
 * exception, so the EJB container hands it over unwrapped. It does not mark the transaction for rollback:
 * boundaries refuse before they write (the rule every boundary keeps), and a refusal is no server error, so it
 * must not leave rollback errors in the server log.
 */
@ApplicationException(rollback = false)
public class ApplicationProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The taxonomy of refusals; each maps to one HTTP status and problem type. */
    public enum Kind {
        INVALID_INPUT(400, "invalid-input", "The request is not valid"),
        UNAUTHORIZED(401, "unauthorized", "Authentication required"),
        FEATURE_OFF(403, "feature-off", "This feature is switched off"),
        FORBIDDEN(403, "forbidden", "Your role does not allow this"),
        REGISTRATION_REFUSED(403, "registration-refused", "Registration is not open"),
        NOT_FOUND(404, "not-found", "Not found"),
        CONFLICT(409, "conflict", "Conflict with the current state"),
        PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
        UNPROCESSABLE(422, "unprocessable", "The request breaks a business rule"),
        TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
        UNAVAILABLE(503, "unavailable", "Temporarily unavailable");

        public final int status;
        public final String slug;
        public final String title;

        Kind(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }
    }

    /** A problem with one named field of the request. */
    public record FieldProblem(String field, String message) {
    }

    private final Kind kind;
    private final List<FieldProblem> fieldProblems;
    private final long retryAfterSeconds;

    public ApplicationProblem(Kind kind, String detail) {
        this(kind, detail, List.of());
    }

    public ApplicationProblem(Kind kind, String detail, List<FieldProblem> fieldProblems) {
        this(kind, detail, fieldProblems, 0);
    }

    private ApplicationProblem(Kind kind, String detail, List<FieldProblem> fieldProblems, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.kind = kind;
        this.fieldProblems = List.copyOf(fieldProblems);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A refusal that lifts by itself: the caller may try again after the given number of seconds. */
    public static ApplicationProblem retryLater(Kind kind, String detail, long retryAfterSeconds) {
        return new ApplicationProblem(kind, detail, List.of(), Math.max(1, retryAfterSeconds));
    }

    public static ApplicationProblem notFound(String what) {
        return new ApplicationProblem(Kind.NOT_FOUND, what + " not found");
    }

    public static ApplicationProblem invalidField(String field, String message) {
        return new ApplicationProblem(Kind.INVALID_INPUT, field + ": " + message,
                List.of(new FieldProblem(field, message)));
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /** Seconds after which a retry may succeed; 0 when the refusal does not lift by itself. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
