package dev.cvtailor.identity.control;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import dev.cvtailor.identity.entity.ExternalProfile;
import dev.cvtailor.identity.entity.IdentityProvider;
import dev.cvtailor.identity.entity.ProviderKind;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Verifies an access token an OIDC provider issued to an institution's API client: signed by a key of the
 * provider's JWKS ({@code sso.<id>.jwks-uri}, fetched and cached by Nimbus), from its issuer ({@code sso.<id>.issuer},
 * matched exactly), for CV Tailor ({@code sso.<id>.audience} among {@code aud}), not expired. The token's issuer
 * picks the provider; a token of any other issuer is refused.
 */
@ApplicationScoped
public class ProviderTokens {

    private static final Logger LOG = Logger.getLogger(ProviderTokens.class.getName());
    private static final ApplicationProblem REFUSED = new ApplicationProblem(ApplicationProblem.Kind.UNAUTHORIZED,
            "The access token is not one CV Tailor accepts: wrong issuer, audience, signature, or expired");

    @Inject
    ConfiguredProviders providers;

    private final Map<String, DefaultJWTProcessor<SecurityContext>> processors = new ConcurrentHashMap<>();

    public ExternalProfile verify(String accessToken) {
        String issuer = unverifiedIssuer(accessToken);
        IdentityProvider provider = providers.all().stream()
                .filter(p -> p.kind() == ProviderKind.OIDC)
                .filter(p -> providers.setting(p.id(), "issuer").map(issuer::equals).orElse(false))
                .findFirst().orElseThrow(() -> REFUSED);
        JWTClaimsSet claims;
        try {
            claims = processor(provider).process(accessToken, null);
        } catch (ParseException | BadJOSEException e) {
            LOG.log(Level.FINE, "Refused an access token of " + provider.id(), e);
            throw REFUSED;
        } catch (JOSEException e) {
            LOG.log(Level.WARNING, "Could not check an access token of " + provider.id() + " (its JWKS?)", e);
            throw new ApplicationProblem(ApplicationProblem.Kind.UNAVAILABLE,
                    "The sign-in provider's keys cannot be read right now; try again");
        }
        String groupsClaim = providers.setting(provider.id(), "groups-claim").orElse(ExternalProfile.GROUPS);
        return new ExternalProfile(provider.id(), ProviderKind.OIDC, claims.getSubject(), text(claims, "email"),
                text(claims, "name"), Map.of(ExternalProfile.GROUPS, list(claims, groupsClaim),
                        "email_verified", list(claims, "email_verified")));
    }

    private DefaultJWTProcessor<SecurityContext> processor(IdentityProvider provider) {
        return processors.computeIfAbsent(provider.id(), id -> {
            String issuer = providers.setting(id, "issuer").orElseThrow();
            URL jwks = url(providers.setting(id, "jwks-uri").orElseThrow(() -> new IllegalStateException(
                    "sso." + id + ".jwks-uri is missing: API clients' access tokens cannot be checked")));
            String audience = providers.setting(id, "audience").orElseThrow(() -> new IllegalStateException(
                    "sso." + id + ".audience is missing: the 'aud' CV Tailor's API accepts"));
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(jwks).retrying(true).build();
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                    Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256,
                            JWSAlgorithm.ES256, JWSAlgorithm.ES384), keys));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                    new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat")));
            return processor;
        });
    }

    private static String unverifiedIssuer(String token) {
        try {
            return Optional.ofNullable(SignedJWT.parse(token).getJWTClaimsSet().getIssuer()).orElseThrow(() -> REFUSED);
        } catch (ParseException | RuntimeException e) {
            throw REFUSED;
        }
    }

    private static URL url(String text) {
        try {
            return URI.create(text).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("Not a URL: " + text, e);
        }
    }

    private static String text(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value == null ? null : String.valueOf(value);
    }

    private static List<String> list(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        if (value instanceof List<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
