package dev.cvtailor.audit.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import dev.cvtailor.audit.boundary.AuditTrail;
import dev.cvtailor.audit.entity.AuditType;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The audit trail for admins, newest first: {@code /admin/audit?type=&userId=&from=&to=}. */
@Path("admin/audit")
@RolesAllowed("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail audit;

    @GET
    public PageResponse<AuditEventResponse> search(@QueryParam("type") String type, @QueryParam("userId") Long userId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageResponse.of(audit.search(type(type), userId, instant("from", from), instant("to", to), page, size),
                AuditEventResponse::of);
    }

    private static AuditType type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return AuditType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApplicationProblem.invalidField("type", "is not an audit event type");
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApplicationProblem.invalidField(name, "must be an instant such as 2024-03-01T10:00:00Z");
        }
    }
}
