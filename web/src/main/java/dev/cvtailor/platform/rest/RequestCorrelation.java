package dev.cvtailor.platform.rest;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.cvtailor.platform.control.Correlation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives every request a correlation id: the caller's {@code X-Correlation-Id} when it is a sane token, a new
 * one otherwise. It is returned in a response header and in every problem body. An error response that the
 * container produced without a body (a refused token, say) gets its problem body here.
 */
@Provider
@PreMatching
public class RequestCorrelation implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Correlation-Id";
    static final String ATTRIBUTE = "cvtailor.correlationId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Correlation.begin(of(servletRequest));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        response.getHeaders().putSingle(HEADER, of(servletRequest));
        if (response.getStatus() >= 400 && !response.hasEntity()) {
            var problem = Problems.forStatus(response.getStatus(), servletRequest).build();
            response.setEntity(problem.getEntity(), null, jakarta.ws.rs.core.MediaType.valueOf(Problem.MEDIA_TYPE));
        }
        Correlation.end();
    }

    /** The request's correlation id, assigned on first use. */
    static String of(HttpServletRequest request) {
        if (request == null) {
            return UUID.randomUUID().toString();
        }
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            String given = request.getHeader(HEADER);
            id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            request.setAttribute(ATTRIBUTE, id);
        }
        return id.toString();
    }
}
