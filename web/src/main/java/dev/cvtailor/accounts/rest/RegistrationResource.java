package dev.cvtailor.accounts.rest;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The installation's registration mode and the invite codes of invite-only registration: for admins. */
@Path("admin")
@RolesAllowed("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    /** Who may register: open, invite-only or closed. */
    public record Registration(String mode) {
    }

    /** The body of a new invite code: how many accounts it may make, and until when (ISO-8601). */
    public record InviteCodeRequest(Integer uses, String expiresAt) {
    }

    /** A new invite code, shown this once. */
    public record IssuedInviteCode(String code, int uses, String expiresAt) {
    }

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @GET
    @Path("registration")
    public Registration registration() {
        return new Registration(accounts.registrationMode().value);
    }

    @PUT
    @Path("registration")
    public Registration change(Registration change) {
        if (change == null || change.mode() == null) {
            throw ApplicationProblem.invalidField("mode", "must be open, invite-only or closed");
        }
        return new Registration(accounts.changeRegistrationMode(caller.id(), change.mode()).value);
    }

    @POST
    @Path("invite-codes")
    public Response createInviteCode(InviteCodeRequest request) {
        if (request == null) {
            throw ApplicationProblem.invalidField("uses", "give uses and expiresAt");
        }
        Instant expiresAt;
        try {
            expiresAt = request.expiresAt() == null ? null : Instant.parse(request.expiresAt());
        } catch (DateTimeParseException e) {
            throw ApplicationProblem.invalidField("expiresAt", "must be an ISO-8601 instant such as 2027-01-31T00:00:00Z");
        }
        String code = accounts.createInviteCode(caller.id(), request.uses(), expiresAt);
        return Response.created(URI.create("admin/invite-codes"))
                .entity(new IssuedInviteCode(code, request.uses(), expiresAt.toString())).build();
    }
}
