package dev.cvtailor.identity.rest;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.entity.SignedIn;
import dev.cvtailor.accounts.rest.AccountResponse;
import dev.cvtailor.accounts.rest.Credentials;
import dev.cvtailor.accounts.rest.LoginResponse;
import dev.cvtailor.identity.boundary.IdentityService;
import dev.cvtailor.identity.entity.SignInResult;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * Sign-in with an e-mail and a password: a local account's, or the directory's when LDAP is configured. The
 * answer is CV Tailor's own token either way.
 */
@Path("auth/login")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SignInResource {

    @Inject
    IdentityService identity;

    @Inject
    AccountService accounts;

    @Context
    HttpServletRequest request;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public LoginResponse login(Credentials credentials) {
        if (credentials == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "A body with email and password is required");
        }
        SignInResult result = identity.passwordSignIn(credentials.email(), credentials.password(),
                request.getRemoteAddr());
        if (result instanceof SignInResult.SignedInAs signedInAs) {
            SignedIn signedIn = accounts.tokenFor(signedInAs.account().id());
            return new LoginResponse(signedIn.token(), signedIn.expiresAt(), AccountResponse.of(signedIn.account()));
        }
        throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT, "This e-mail belongs to a CV Tailor account"
                + " with a password of its own, not yet linked to the directory: sign in once in the browser with the"
                + " directory password and confirm the account's password to link them");
    }
}
