package dev.cvtailor.accounts.rest;

import java.net.URI;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.entity.Account;
import dev.cvtailor.accounts.entity.SignedIn;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Sign-up and sign-in: the only API resources open without a token. */
@Path("auth")
@PermitAll
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AccountService accounts;

    @POST
    @Path("register")
    public Response register(Credentials credentials) {
        Credentials given = required(credentials);
        Account account = accounts.register(given.email(), given.password());
        return Response.created(URI.create("me")).entity(AccountResponse.of(account)).build();
    }

    @POST
    @Path("login")
    public LoginResponse login(Credentials credentials) {
        Credentials given = required(credentials);
        SignedIn signedIn = accounts.login(given.email(), given.password());
        return new LoginResponse(signedIn.token(), signedIn.expiresAt(), AccountResponse.of(signedIn.account()));
    }

    private static Credentials required(Credentials credentials) {
        if (credentials == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "A body with email and password is required");
        }
        return credentials;
    }
}
