package dev.cvtailor.accounts.rest;

import java.net.URI;
import java.time.Instant;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.entity.Account;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Sign-up (open without a token) and sign-out; sign-in is the identity component's (auth/login). */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @POST
    @Path("register")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(Credentials credentials) {
        Credentials given = required(credentials);
        Account account = accounts.register(given.email(), given.password(), given.inviteCode());
        return Response.created(URI.create("me")).entity(AccountResponse.of(account)).build();
    }

    /** Revokes the token of this request; it is refused everywhere from now on. */
    @POST
    @Path("logout")
    @RolesAllowed({"user", "admin"})
    public Response logout(@Context SecurityContext security) {
        JsonWebToken token = (JsonWebToken) security.getUserPrincipal();
        accounts.logout(caller.id(), token.getTokenID(), Instant.ofEpochSecond(token.getExpirationTime()));
        return Response.noContent().build();
    }

    private static Credentials required(Credentials credentials) {
        if (credentials == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "A body with email and password is required");
        }
        return credentials;
    }
}
