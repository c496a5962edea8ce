package dev.cvtailor.platform.rest;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

/** Builds the problem+json responses of the API, so every error has the same shape and headers. */
final class Problems {

    private Problems() {
    }

    static Response.ResponseBuilder response(int status, String slug, String title, String detail,
            HttpServletRequest request, List<Problem.FieldError> errors) {
        String correlationId = RequestCorrelation.of(request);
        String instance = request == null ? null : request.getRequestURI();
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(RequestCorrelation.HEADER, correlationId)
                .entity(new Problem(Problem.TYPE_BASE + slug, title, status, detail, instance, correlationId,
                        errors.isEmpty() ? null : errors));
    }

    /** The standard problem for a bare HTTP status, used where nothing more specific is known. */
    static Response.ResponseBuilder forStatus(int status, HttpServletRequest request) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request refused" : known.getReasonPhrase();
        return response(status, title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), title,
                detailOf(status), request, List.of());
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 400 -> "The request is not valid";
            case 401 -> "A valid bearer token is required";
            case 403 -> "You may not do this";
            case 404 -> "There is nothing here";
            case 405 -> "This method is not allowed here";
            case 406 -> "No acceptable representation";
            case 415 -> "This content type is not supported here";
            default -> "The request was refused";
        };
    }
}
