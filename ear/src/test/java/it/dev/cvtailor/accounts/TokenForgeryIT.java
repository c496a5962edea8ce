package it.dev.cvtailor.accounts;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jwt.JWTClaimsSet;

import it.dev.cvtailor.platform.Api;
import it.dev.cvtailor.platform.Tokens;
import jakarta.ws.rs.core.Response;

/** Every forged or stale token gets 401; the control case proves the server's key is the one used. */
class TokenForgeryIT {

    private static long userId;
    private static String realToken;

    @BeforeAll
    static void aUser() throws Exception {
        Api.awaitReady();
        realToken = Api.newUserToken("target");
        userId = Long.parseLong(Tokens.claimsOf(realToken).getSubject());
    }

    @Test
    void acceptsATokenSignedWithTheServersKeyAndRightClaims() throws Exception {
        String token = Tokens.signedByServer(Tokens.validClaims(userId, "user").build());
        try (Response response = get("/me", token)) {
            assertEquals(200, response.getStatus(), "the control case: the forging helper itself is sound");
        }
    }

    @Test
    void refusesAnUnsignedAlgNoneToken() {
        refused(Tokens.unsigned(Tokens.validClaims(userId, "user").build()));
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws Exception {
        refused(Tokens.signedByStranger(Tokens.validClaims(userId, "user").build()));
    }

    @Test
    void refusesAnotherIssuer() throws Exception {
        refused(Tokens.signedByServer(Tokens.validClaims(userId, "user").issuer("https://evil.example").build()));
    }

    @Test
    void refusesAnotherAudience() throws Exception {
        refused(Tokens.signedByServer(Tokens.validClaims(userId, "user").audience("some-other-api").build()));
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        Instant past = Instant.now().minusSeconds(7200);
        refused(Tokens.signedByServer(Tokens.validClaims(userId, "user").issueTime(Date.from(past.minusSeconds(3600)))
                .expirationTime(Date.from(past)).build()));
    }

    @Test
    void refusesATamperedGroupsClaim() throws Exception {
        JWTClaimsSet promoted = new JWTClaimsSet.Builder(Tokens.claimsOf(realToken)).claim("groups", List.of("admin")).build();
        String tampered = Tokens.withPayload(realToken, promoted);
        refused(tampered);
        try (Response response = get("/admin/users", tampered)) {
            assertProblem(response, 401);
        }
    }

    @Test
    void refusesAnAdminGroupTheAccountDoesNotHave() throws Exception {
        String token = Tokens.signedByServer(Tokens.validClaims(userId, "admin").build());
        refused(token);
    }

    private static void refused(String token) {
        try (Response response = get("/me", token)) {
            assertProblem(response, 401);
        }
    }
}
