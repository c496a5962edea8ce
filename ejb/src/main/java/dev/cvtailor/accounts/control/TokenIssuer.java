package dev.cvtailor.accounts.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.cvtailor.accounts.entity.Account;
import dev.cvtailor.accounts.entity.SignedIn;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Issues the RS256 bearer tokens that Liberty's mpJwt feature verifies. The key pair is read from the
 * configured PEM files; when they do not exist it is generated there at start, before the first request, so
 * that mpJwt finds the public key. Replicas must share one pair (see README, Scaling out).
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TokenIssuer {

    private static final Logger LOG = Logger.getLogger(TokenIssuer.class.getName());

    @Inject
    @ConfigProperty(name = "jwt.private.key.location")
    String privateKeyLocation;

    @Inject
    @ConfigProperty(name = "jwt.public.key.location")
    String publicKeyLocation;

    @Inject
    @ConfigProperty(name = "jwt.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "jwt.audience")
    String audience;

    @Inject
    @ConfigProperty(name = "jwt.lifetime", defaultValue = "PT24H")
    Duration lifetime;

    private RSASSASigner signer;
    private String keyId;

    @PostConstruct
    void loadKeys() {
        Path privatePath = Path.of(privateKeyLocation);
        Path publicPath = Path.of(publicKeyLocation);
        try {
            if (!Files.exists(privatePath) && !Files.exists(publicPath)) {
                generate(privatePath, publicPath);
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(pemBody(privatePath, "PRIVATE KEY")));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(pemBody(publicPath, "PUBLIC KEY")));
            signer = new RSASSASigner(privateKey);
            keyId = new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("JWT keys could not be read from " + privatePath + " and " + publicPath, e);
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("JWT keys are not a valid RSA pair in PEM (PKCS#8 / X.509)", e);
        }
    }

    public SignedIn issue(Account account) {
        Instant now = Instant.now();
        Instant expires = now.plus(lifetime);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(Long.toString(account.id()))
                .claim("upn", account.email())
                .claim("groups", List.of(account.role().group))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT).keyID(keyId).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Token could not be signed", e);
        }
        return new SignedIn(jwt.serialize(), expires, account);
    }

    private static void generate(Path privatePath, Path publicPath) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(privatePath.toAbsolutePath().getParent());
        Files.createDirectories(publicPath.toAbsolutePath().getParent());
        Files.writeString(privatePath, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(privatePath, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(publicPath, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        LOG.info(() -> "Generated a JWT key pair in " + privatePath.getParent());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] pemBody(Path file, String type) throws IOException {
        String text = Files.readString(file);
        String body = text.replace("-----BEGIN " + type + "-----", "")
                .replace("-----END " + type + "-----", "");
        return Base64.getMimeDecoder().decode(body);
    }
}
