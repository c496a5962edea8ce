package dev.cvtailor.organisations.rest;

import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.organisations.entity.OrgMembership;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Taking up an invitation, signed in with the account of the address it was sent to. */
@Path("invitations")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    @Inject
    OrganisationService organisations;

    @Inject
    Caller caller;

    /** The organisation joined and the role in it. */
    public record Accepted(long orgId, String name, String role) {
    }

    @POST
    @Path("{token}/accept")
    public Accepted accept(@PathParam("token") String token) {
        OrgMembership joined = organisations.accept(caller.id(), token);
        return new Accepted(joined.organisationId(), joined.name(), joined.role().name());
    }
}
