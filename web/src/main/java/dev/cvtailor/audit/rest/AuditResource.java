package dev.cvtailor.audit.rest;

import static dev.cvtailor.platform.rest.QueryParameters.constant;
import static dev.cvtailor.platform.rest.QueryParameters.id;
import static dev.cvtailor.platform.rest.QueryParameters.instant;
import static dev.cvtailor.platform.rest.QueryParameters.integer;

import dev.cvtailor.audit.boundary.AuditTrail;
import dev.cvtailor.audit.entity.AuditType;
import dev.cvtailor.platform.rest.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
    public PageResponse<AuditEventResponse> search(@QueryParam("type") String type, @QueryParam("userId") String userId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageResponse.of(audit.search(constant("type", type, AuditType.class), id("userId", userId),
                instant("from", from), instant("to", to), integer("page", page, 0), integer("size", size, 50)),
                AuditEventResponse::of);
    }
}
