package dev.cvtailor.platform.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The one place where errors become responses: every exception leaves the API as an RFC 9457
 * {@code application/problem+json} body with the status of the error taxonomy, a correlation id, and never a
 * stack trace. Unexpected failures are logged with that id, and the caller only learns the id.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable error = unwrap(thrown);
        if (error instanceof ApplicationProblem problem) {
            return applicationProblem(problem);
        }
        if (error instanceof ConstraintViolationException violations) {
            List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath().toString()), v.getMessage()))
                    .toList();
            return Problems.response(400, "invalid-input", "The request is not valid", "Some fields are not valid",
                    request, errors).build();
        }
        if (isMalformedBody(error)) {
            return Problems.response(400, "malformed-request", "Malformed request body",
                    "The body is not valid JSON of the expected shape", request, List.of()).build();
        }
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.ResponseBuilder response = Problems.forStatus(web.getResponse().getStatus(), request);
            web.getResponse().getHeaders().forEach((name, values) -> {
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                    values.forEach(v -> response.header(name, v));
                }
            });
            return response.build();
        }
        String correlationId = RequestCorrelation.of(request);
        if (isBackingServiceUnreachable(thrown)) {
            LOG.warning(() -> "A backing service is unreachable (correlation id " + correlationId + "): " + thrown);
            return Problems.response(503, "unavailable", "Temporarily unavailable",
                    "The database or the message broker cannot be reached just now; nothing was changed. Try again"
                            + " shortly.", request, List.of()).header(HttpHeaders.RETRY_AFTER, "10").build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure, correlation id " + correlationId, thrown);
        return Problems.response(500, "internal-error", "Internal error",
                "Something went wrong on our side; quote the correlation id " + correlationId + " when you report it",
                request, List.of()).build();
    }

    private Response applicationProblem(ApplicationProblem problem) {
        ApplicationProblem.Kind kind = problem.kind();
        List<Problem.FieldError> errors = problem.fieldProblems().stream()
                .map(p -> new Problem.FieldError(p.field(), p.message())).toList();
        Response.ResponseBuilder response = Problems.response(kind.status, kind.slug, kind.title, problem.getMessage(),
                request, errors);
        if (problem.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfterSeconds()));
        } else if (kind == ApplicationProblem.Kind.UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, "30");
        }
        if (kind == ApplicationProblem.Kind.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cvtailor\"");
        }
        return response.build();
    }

    /**
     * The error that says what went wrong: an {@link ApplicationProblem} anywhere in the chain (a JSON reader
     * wraps the size limit's refusal, say), else the first cause that is not an EJB container's wrapper.
     */
    private static Throwable unwrap(Throwable thrown) {
        Optional<Throwable> problem = causes(thrown).filter(ApplicationProblem.class::isInstance).findFirst();
        if (problem.isPresent()) {
            return problem.get();
        }
        Throwable error = thrown;
        while (error instanceof EJBException && error.getCause() != null) {
            error = error.getCause();
        }
        return error;
    }

    /**
     * A failure to reach the database or the broker (no connection to be had, or one lost): SQL state class 08, the
     * JDBC connection exceptions, or a connection pool's refusal (JDBC and JMS pools both raise ResourceException).
     * The caller may try again: 503, never 500.
     */
    static boolean isBackingServiceUnreachable(Throwable thrown) {
        return causes(thrown).anyMatch(t -> t instanceof java.sql.SQLTransientConnectionException
                || t instanceof java.sql.SQLNonTransientConnectionException
                || t instanceof java.sql.SQLRecoverableException
                || t instanceof jakarta.resource.ResourceException
                || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("08"));
    }

    /** The throwable and its causes, outermost first (a cause that is itself ends the chain). */
    private static Stream<Throwable> causes(Throwable thrown) {
        return Stream.iterate(thrown, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }

    /**
     * A request body that is not JSON, or not of the expected shape: a JSON failure raised while a message body
     * reader ran. The same failure while writing a response is the server's fault, not the caller's.
     */
    private static boolean isMalformedBody(Throwable error) {
        boolean jsonFailure = false;
        boolean whileReading = false;
        for (Throwable t = error; t != null && !(jsonFailure && whileReading); t = t.getCause() == t ? null : t.getCause()) {
            jsonFailure |= t instanceof JsonbException || t instanceof JsonParsingException || t instanceof ProcessingException;
            whileReading |= Arrays.stream(t.getStackTrace()).anyMatch(frame -> "readFrom".equals(frame.getMethodName()));
        }
        return jsonFailure && whileReading;
    }

    /** "create.draft.title" (a method parameter's path) becomes "title". */
    private static String fieldName(String path) {
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }
}
