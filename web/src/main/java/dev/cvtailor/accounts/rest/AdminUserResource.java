package dev.cvtailor.accounts.rest;

import static dev.cvtailor.platform.rest.QueryParameters.integer;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.entity.Role;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import dev.cvtailor.platform.rest.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("admin/users")
@RolesAllowed("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminUserResource {

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @GET
    public PageResponse<UserResponse> list(@QueryParam("q") String emailContains, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return PageResponse.of(accounts.list(emailContains, integer("page", page, 0), integer("size", size, 50)),
                UserResponse::of);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserResponse change(@PathParam("id") long id, UserChange change) {
        if (change == null || change.role() == null && change.enabled() == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "Give a role, enabled, or both");
        }
        Role role = null;
        if (change.role() != null) {
            try {
                role = Role.ofGroup(change.role());
            } catch (IllegalArgumentException e) {
                throw ApplicationProblem.invalidField("role", "must be user or admin");
            }
        }
        return UserResponse.of(accounts.update(caller.id(), id, role, change.enabled()));
    }
}
