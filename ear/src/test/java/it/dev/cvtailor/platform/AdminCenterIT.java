package it.dev.cvtailor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;

/**
 * Liberty's Admin Center and the REST connector behind it answer over TLS to the installation's first admin
 * (ADMIN_EMAIL / ADMIN_PASSWORD) and to nobody else, an application user included.
 */
class AdminCenterIT {

    static final String HTTPS = "https://localhost:" + Integer.getInteger("it.https.port", 9443);

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    @Test
    void servesTheAdminCenterToTheOperationsAdminOnly() throws Exception {
        Client client = trustingClient();
        try (Response page = client.target(HTTPS + "/adminCenter/").request().get()) {
            assertTrue(page.getStatus() == 200 || page.getStatus() == 302, "the Admin Center is there: " + page.getStatus());
        }
        String connector = HTTPS + "/IBMJMXConnectorREST/mbeans";
        try (Response admin = client.target(connector).request()
                .header("Authorization", basic(System.getProperty("it.admin.email"), System.getProperty("it.admin.password")))
                .get()) {
            assertEquals(200, admin.getStatus(), "the operations admin reads the server's MBeans");
            assertTrue(admin.readEntity(String.class).contains("WebSphere:"), "the server's MBeans");
        }
        String email = Api.uniqueEmail("curious");
        Api.post("/auth/register", null, Api.credentials(email, Api.PASSWORD)).close();
        try (Response user = client.target(connector).request().header("Authorization", basic(email, Api.PASSWORD))
                .get()) {
            assertEquals(401, user.getStatus(), "an application user is not an operations admin");
        }
        try (Response nobody = client.target(connector).request().get()) {
            assertEquals(401, nobody.getStatus());
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The test server's key pair is self-signed: this client trusts it (and only talks to localhost). */
    private static Client trustingClient() throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return ClientBuilder.newBuilder().sslContext(tls).hostnameVerifier((host, session) -> "localhost".equals(host))
                .build();
    }
}
