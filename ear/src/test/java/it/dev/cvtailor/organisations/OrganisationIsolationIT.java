package it.dev.cvtailor.organisations;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.dev.cvtailor.platform.Api;
import it.dev.cvtailor.reviews.Reviews;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;

/**
 * Every organisation and review endpoint, called by people outside the organisation (another organisation's admin
 * and counsellor, a user on their own): always 404, never 403, never the data. The same call by the party entitled
 * to it succeeds, so a 404 here is isolation, not a broken endpoint.
 */
class OrganisationIsolationIT {

    static final String SECRET = "Confidential cohort of 2027";
    private static Team team;
    private static long reviewId;
    private static long commentId;
    private static long documentId;
    private static List<String> intruders;

    @BeforeAll
    static void anOrganisationWithAReviewAndOutsiders() {
        team = Team.create(SECRET);
        try (Response created = post("/artifacts", team.memberToken(), Reviews.ARTIFACT)) {
            Api.awaitReadyStatus("/artifacts/" + json(created).getJsonNumber("id").longValue(), team.memberToken());
        }
        documentId = Reviews.cv(team.memberToken());
        reviewId = Reviews.submit(team.memberToken(), documentId, "{\"note\":\"" + SECRET + "\"}")
                .getJsonNumber("id").longValue();
        commentId = Reviews.comment(team.counsellorToken(), reviewId,
                "{\"anchor\":{\"section\":\"summary\"},\"text\":\"" + SECRET + "\"}");
        Team other = Team.create("Another careers service");
        intruders = List.of(other.adminToken(), other.counsellorToken(), Api.newUserToken("solo"));
    }

    static Stream<Arguments> organisationEndpoints() {
        return Stream.of(
                call("GET /orgs/{id}", () -> team.memberToken(), t -> get("/orgs/" + team.orgId(), t)),
                call("GET /orgs/{id}/cohorts", () -> team.memberToken(), t -> get("/orgs/" + team.orgId() + "/cohorts", t)),
                call("GET /orgs/{id}/members", () -> team.adminToken(), t -> get("/orgs/" + team.orgId() + "/members", t)),
                call("GET /orgs/{id}/invitations", () -> team.adminToken(),
                        t -> get("/orgs/" + team.orgId() + "/invitations", t)),
                call("PATCH /orgs/{id}", () -> team.adminToken(),
                        t -> Team.patch("/orgs/" + team.orgId(), t, "{\"branding\":{\"accentColour\":\"#123456\"}}")),
                call("POST /orgs/{id}/cohorts", () -> team.adminToken(), t -> post("/orgs/" + team.orgId() + "/cohorts",
                        t, "{\"name\":\"cohort " + UUID.randomUUID() + "\"}")),
                call("POST /orgs/{id}/invitations", () -> team.adminToken(), t -> post("/orgs/" + team.orgId()
                        + "/invitations", t, "{\"email\":\"" + Api.uniqueEmail("iso") + "\",\"role\":\"MEMBER\"}")),
                call("POST /orgs/{id}/invitations/bulk", () -> team.adminToken(), t -> Api.request("/orgs/"
                        + team.orgId() + "/invitations/bulk", t).post(Entity.entity(Api.uniqueEmail("bulk")
                                + ",member,", "text/csv"))),
                call("PATCH /orgs/{id}/members/{userId}", () -> team.adminToken(), t -> Team.patch("/orgs/"
                        + team.orgId() + "/members/" + team.memberId(), t, "{\"role\":\"MEMBER\"}")),
                call("PUT /orgs/{id}/logo", () -> team.adminToken(), t -> Api.request("/orgs/" + team.orgId() + "/logo",
                        t).put(Entity.entity("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/>"
                                + "</svg>", "image/svg+xml"))),
                call("GET /orgs/{id}/logo", () -> team.memberToken(), t -> get("/orgs/" + team.orgId() + "/logo", t)),
                call("GET /orgs/{id}/insights", () -> team.adminToken(),
                        t -> get("/orgs/" + team.orgId() + "/insights", t)),
                call("GET /orgs/{id}/insights (CSV)", () -> team.counsellorToken(), t -> Api.request("/orgs/"
                        + team.orgId() + "/insights", t).accept("text/csv").get()),
                call("GET /reviews/{id}", () -> team.memberToken(), t -> get("/reviews/" + reviewId, t)),
                call("GET /reviews/{id} (counsellor)", () -> team.counsellorToken(), t -> get("/reviews/" + reviewId, t)),
                call("POST /reviews/{id}/comments", () -> team.memberToken(), t -> post("/reviews/" + reviewId
                        + "/comments", t, "{\"anchor\":{\"section\":\"summary\"},\"text\":\"reply\"}")),
                call("POST /reviews/{id}/comments/{c}/resolve", () -> team.memberToken(), t -> post("/reviews/"
                        + reviewId + "/comments/" + commentId + "/resolve", t, "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("organisationEndpoints")
    void outsidersGet404(String endpoint, java.util.function.Supplier<String> entitled,
            Function<String, Response> call) {
        try (Response response = call.apply(entitled.get())) {
            assertTrue(response.getStatus() / 100 == 2, "the entitled party may: " + endpoint + " "
                    + response.getStatus() + " " + response.readEntity(String.class));
        }
        for (String intruder : intruders) {
            try (Response response = call.apply(intruder)) {
                assertFalse(assertProblem(response, 404).toString().contains(SECRET), endpoint);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void listingsShowOutsidersNothing(String listing) {
        for (String intruder : intruders) {
            try (Response response = get(listing, intruder)) {
                assertTrue(response.getStatus() == 200, listing + " " + response.getStatus());
                assertFalse(response.readEntity(String.class).contains(SECRET), listing);
            }
        }
    }

    static Stream<String> listings() {
        return Stream.of("/orgs", "/reviews", "/reviews?mine=true", "/me/notifications", "/me/document-access",
                "/me/export");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneShotEndpoints")
    void oneShotEndpointsGive404ToOutsidersBeforeAnyoneElse(String endpoint, Function<String, Response> call) {
        for (String intruder : intruders) {
            try (Response response = call.apply(intruder)) {
                assertProblem(response, 404);
            }
        }
    }

    static Stream<Arguments> oneShotEndpoints() {
        return Stream.of(
                Arguments.of("POST /documents/{id}/reviews", (Function<String, Response>) t -> post("/documents/"
                        + documentId + "/reviews", t, "{}")),
                Arguments.of("POST /reviews/{id}/decision", (Function<String, Response>) t -> Reviews.decide(t,
                        reviewId, "APPROVED")),
                Arguments.of("DELETE /reviews/{id}", (Function<String, Response>) t -> Api.request("/reviews/"
                        + reviewId, t).delete()),
                Arguments.of("POST /reviews/{id}/comments/{c}/accept", (Function<String, Response>) t -> post(
                        "/reviews/" + reviewId + "/comments/" + commentId + "/accept", t, "")),
                Arguments.of("POST /reviews/{id}/comments/{c}/reject", (Function<String, Response>) t -> post(
                        "/reviews/" + reviewId + "/comments/" + commentId + "/reject", t, "")),
                Arguments.of("DELETE /orgs/{id}/members/{userId}", (Function<String, Response>) t -> Api.request(
                        "/orgs/" + team.orgId() + "/members/" + team.memberId(), t).delete()),
                Arguments.of("DELETE /orgs/{id}/invitations/{invitationId}", (Function<String, Response>) t ->
                        Api.request("/orgs/" + team.orgId() + "/invitations/1", t).delete()));
    }

    private static Arguments call(String name, java.util.function.Supplier<String> entitled,
            Function<String, Response> call) {
        return Arguments.of(name, entitled, call);
    }
}
