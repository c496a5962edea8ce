package it.dev.cvtailor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import it.dev.cvtailor.platform.Api;

/**
 * SAML at the protocol level against a real Keycloak: a browser-like client follows the service provider's
 * AuthnRequest to Keycloak, signs in there, and posts Keycloak's signed response to Liberty's assertion consumer
 * service. The response as Keycloak signed it signs in; the same response with one attribute changed (a group the
 * person is not in: the signature no longer holds) is refused. An assertion Keycloak signed for another
 * application of the realm (its audience) is refused where the same unsolicited sign-in for CV Tailor is let in.
 */
class KeycloakSamlIT {

    /** Signs in at the protocol level only: never reaches /sso-complete, so no account is made for it. */
    private static final String USER = "saml.student.kc@uni-x.example";

    @Test
    void acceptsKeycloaksSignedResponseAndRefusesOneWhoseAssertionWasChanged() throws Exception {
        Keycloak.start();
        Flow genuine = new Flow();
        HttpResponse<String> accepted = genuine.postResponse(genuine.signIn(USER));
        assertEquals(302, accepted.statusCode(), accepted.body());
        assertTrue(accepted.headers().firstValue("Location").orElse("").contains("/sso/uni-saml"),
                "back to where the sign-in started: " + accepted.headers().map());

        Flow forged = new Flow();
        String response = forged.signIn(USER);
        String xml = new String(Base64.getMimeDecoder().decode(response), StandardCharsets.UTF_8);
        assertTrue(xml.contains(">uni-x-students<"), xml);
        String changed = Base64.getEncoder().encodeToString(xml.replace(">uni-x-students<", ">cvtailor-admins<")
                .getBytes(StandardCharsets.UTF_8));
        assertRefused(forged.postResponse(changed));
    }

    @Test
    void refusesAnAssertionSignedForAnotherApplication() throws Exception {
        Keycloak.start();
        Flow forUs = new Flow();
        HttpResponse<String> accepted = forUs.postResponse(forUs.signInAtKeycloak("cvtailor", USER));
        assertEquals(302, accepted.statusCode(), accepted.body());
        assertTrue(accepted.headers().firstValue("Location").orElse("").contains("/sso/uni-saml"),
                "an unsolicited sign-in meant for CV Tailor is let in: " + accepted.headers().map());

        Flow forAnother = new Flow();
        String response = forAnother.signInAtKeycloak("another-app", USER);
        String xml = new String(Base64.getMimeDecoder().decode(response), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<saml:Audience>http://localhost:9080/ibm/saml20/another-app</saml:Audience>")
                || xml.contains("/ibm/saml20/another-app<"), xml);
        HttpResponse<String> refused = forAnother.postResponse(response);
        assertRefused(refused);
    }

    private static void assertRefused(HttpResponse<String> refused) {
        String to = refused.headers().firstValue("Location").orElse("");
        assertTrue(refused.statusCode() >= 400 || refused.statusCode() == 302 && !to.contains("/sso/uni-saml")
                && to.contains("errorMsg"), "refused (Liberty's error page, not back to the sign-in): "
                + refused.statusCode() + " " + refused.headers().map());
    }

    /**
     * Cookies kept by host and sent back whatever their flags: Keycloak marks its cookies Secure, which a browser
     * still sends to http://localhost (a secure context) but Java's CookieManager does not.
     */
    private static final class EveryCookie extends CookieHandler {

        private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            Map<String, String> cookies = byHost.getOrDefault(uri.getHost(), Map.of());
            return cookies.isEmpty() ? Map.of() : Map.of("Cookie", List.of(cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            headers.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    for (String value : values) {
                        String pair = value.split(";", 2)[0];
                        int equals = pair.indexOf('=');
                        if (equals > 0) {
                            Map<String, String> cookies = byHost.computeIfAbsent(uri.getHost(),
                                    host -> new ConcurrentHashMap<>());
                            String cookieValue = pair.substring(equals + 1).strip();
                            boolean expired = cookieValue.isEmpty() || value.toLowerCase().contains("max-age=0");
                            if (expired) {
                                cookies.remove(pair.substring(0, equals).strip());
                            } else {
                                cookies.put(pair.substring(0, equals).strip(), cookieValue);
                            }
                        }
                    }
                }
            });
        }
    }

    /** One browser's cookies across Liberty and Keycloak, following forms the way a browser's scripts would. */
    private static final class Flow {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new EveryCookie())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String acs;
        private String relayState;

        /** Starts at the service provider, signs in at Keycloak, and returns the SAMLResponse Keycloak posts back. */
        String signIn(String user) throws Exception {
            HttpResponse<String> page = follow(get(Api.BASE + "/sso/uni-saml"));
            Document document = Jsoup.parse(page.body(), page.uri().toString());
            Element samlRequest = document.selectFirst("form");
            if (samlRequest != null && samlRequest.selectFirst("input[name=SAMLRequest]") != null) {
                page = follow(post(samlRequest.absUrl("action"), fields(samlRequest)));
            }
            return credentials(page, user);
        }

        /**
         * IdP-initiated: Keycloak's sign-in for the client whose IdP-initiated name is {@code client}, sending the
         * browser on to the client's assertion consumer service with CV Tailor's sign-in path as RelayState.
         */
        String signInAtKeycloak(String client, String user) throws Exception {
            return credentials(follow(get(Keycloak.ISSUER + "/protocol/saml/clients/" + client + "?RelayState="
                    + encode(Api.BASE + "/sso/uni-saml"))), user);
        }

        private String credentials(HttpResponse<String> signInPage, String user) throws Exception {
            HttpResponse<String> page = signInPage;
            Document document = Jsoup.parse(page.body(), page.uri().toString());
            Element login = document.selectFirst("form#kc-form-login");
            assertNotNull(login, "Keycloak's sign-in form: " + page.body());
            Map<String, String> credentials = fields(login);
            credentials.put("username", user);
            credentials.put("password", Keycloak.PASSWORD);
            page = follow(post(login.absUrl("action"), credentials));
            Element response = Jsoup.parse(page.body(), page.uri().toString()).selectFirst("form");
            assertNotNull(response, "Keycloak's response form: " + page.body());
            acs = response.absUrl("action");
            Map<String, String> fields = fields(response);
            relayState = fields.get("RelayState");
            assertNotNull(fields.get("SAMLResponse"), page.body());
            return fields.get("SAMLResponse");
        }

        HttpResponse<String> postResponse(String samlResponse) throws Exception {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("SAMLResponse", samlResponse);
            if (relayState != null) {
                fields.put("RelayState", relayState);
            }
            return post(acs, fields);
        }

        private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
            HttpResponse<String> current = response;
            for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
                current = get(current.uri().resolve(current.headers().firstValue("Location").orElseThrow()).toString());
            }
            return current;
        }

        private HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> post(String url, Map<String, String> fields) throws IOException,
                InterruptedException {
            String form = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static Map<String, String> fields(Element form) {
            Map<String, String> fields = new LinkedHashMap<>();
            form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
            return fields;
        }

        private static String encode(String text) {
            return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
        }
    }
}
