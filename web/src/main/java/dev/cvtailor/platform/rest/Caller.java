package dev.cvtailor.platform.rest;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The signed-in user of the current request, from the verified token's subject. */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    public long id() {
        String subject = token == null ? null : token.getSubject();
        if (subject == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.UNAUTHORIZED, "A valid bearer token is required");
        }
        try {
            return Long.parseLong(subject);
        } catch (NumberFormatException e) {
            throw new ApplicationProblem(ApplicationProblem.Kind.UNAUTHORIZED, "The token does not name a user");
        }
    }
}
