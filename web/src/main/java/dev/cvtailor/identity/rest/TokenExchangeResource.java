package dev.cvtailor.identity.rest;

import java.time.Duration;
import java.time.Instant;

import dev.cvtailor.accounts.entity.SignedIn;
import dev.cvtailor.identity.boundary.IdentityService;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * RFC 8693 token exchange: an institution's API client trades an access token its OIDC provider issued for CV
 * Tailor's own token, which every endpoint accepts. The provider's token is checked against its JWKS, issuer and
 * audience, and mapped by the same rules as a browser sign-in (docs/decisions/023).
 */
@Path("auth/token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenExchangeResource {

    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange";
    static final String ACCESS_TOKEN = "urn:ietf:params:oauth:token-type:access_token";
    static final String JWT = "urn:ietf:params:oauth:token-type:jwt";

    @Inject
    IdentityService identity;

    @Context
    HttpServletRequest request;

    /** The answer RFC 8693 section 2.2.1 describes. */
    public record Exchanged(@JsonbProperty("access_token") String accessToken,
            @JsonbProperty("issued_token_type") String issuedTokenType,
            @JsonbProperty("token_type") String tokenType,
            @JsonbProperty("expires_in") long expiresIn) {
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Exchanged exchange(@FormParam("grant_type") String grantType,
            @FormParam("subject_token") String subjectToken,
            @FormParam("subject_token_type") String subjectTokenType) {
        if (!GRANT_TYPE.equals(grantType)) {
            throw ApplicationProblem.invalidField("grant_type", "must be " + GRANT_TYPE);
        }
        if (!ACCESS_TOKEN.equals(subjectTokenType)) {
            throw ApplicationProblem.invalidField("subject_token_type", "must be " + ACCESS_TOKEN);
        }
        if (subjectToken == null || subjectToken.isBlank() || subjectToken.length() > 16_384) {
            throw ApplicationProblem.invalidField("subject_token", "required: the provider's access token");
        }
        SignedIn signedIn = identity.exchange(subjectToken.strip(), request.getRemoteAddr());
        return new Exchanged(signedIn.token(), JWT, "Bearer",
                Math.max(0, Duration.between(Instant.now(), signedIn.expiresAt()).toSeconds()));
    }
}
