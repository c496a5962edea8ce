package dev.cvtailor.platform.rest;

import java.io.IOException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.entity.Account;
import dev.cvtailor.accounts.entity.Role;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.boundary.RateLimits;
import dev.cvtailor.platform.boundary.RequestOrigin;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * What a valid signature alone does not settle, checked on every authenticated API request: the token was not
 * signed out, its account still exists, is enabled and still has the roles the token claims, and the account
 * has budget left this hour (shared by all replicas). Also records where the request comes from.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessGate implements ContainerRequestFilter {


    @Inject
    AccountService accounts;

    @Inject
    RateLimits rateLimits;

    @Inject
    RequestOrigin origin;

    @Inject
    @ConfigProperty(name = "cvtailor.ratelimit.requests-per-hour", defaultValue = "100")
    int requestsPerHour;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        origin.set(RequestCorrelation.of(request), request.getRemoteAddr());
        // The principal, not an injected JsonWebToken: injection fails loudly on requests without a token.
        if (!(context.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)
                || token.getSubject() == null) {
            return;
        }
        long userId;
        try {
            userId = Long.parseLong(token.getSubject());
        } catch (NumberFormatException e) {
            throw new ApplicationProblem(ApplicationProblem.Kind.UNAUTHORIZED, "The token does not name a user");
        }
        Account account = accounts.requireActive(userId, token.getTokenID());
        if (token.getGroups().contains(Role.ADMIN.group) && account.role() != Role.ADMIN) {
            throw new ApplicationProblem(ApplicationProblem.Kind.UNAUTHORIZED,
                    "The account's role changed since the token was issued; sign in again");
        }
        rateLimits.spend(userId, () -> account.role() == Role.ADMIN, RateLimits.API_BUCKET, requestsPerHour, "requests");
    }
}
