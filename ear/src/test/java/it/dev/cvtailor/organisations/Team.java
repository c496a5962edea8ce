package it.dev.cvtailor.organisations;

import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import it.dev.cvtailor.platform.Admin;
import it.dev.cvtailor.platform.Api;
import jakarta.json.Json;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A career-services team made over the API the way a real one is: an installation admin creates the organisation
 * and invites its org admin; the org admin makes a cohort and invites a counsellor and a member; each accepts with
 * the token of their invitation, signed in with the invited address.
 */
public record Team(long orgId, String adminToken, long adminId, String counsellorToken, long counsellorId,
        String memberToken, long memberId, String memberEmail, long cohortId) {

    public static Team create(String name) {
        Api.awaitReady();
        String installationAdmin = Admin.token();
        long orgId;
        try (Response created = post("/orgs", installationAdmin, Json.createObjectBuilder().add("name", name)
                .add("slug", "team-" + UUID.randomUUID().toString().substring(0, 8)).build().toString())) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
            orgId = json(created).getJsonNumber("id").longValue();
        }
        Person admin = join(installationAdmin, orgId, "orgadmin", "ORG_ADMIN", null);
        long cohortId;
        try (Response created = post("/orgs/" + orgId + "/cohorts", admin.token(),
                "{\"name\":\"MSc Data Science 2027\",\"targetRoles\":[\"Data engineer\"]}")) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
            cohortId = json(created).getJsonNumber("id").longValue();
        }
        Person counsellor = join(admin.token(), orgId, "counsellor", "COUNSELLOR", cohortId);
        Person member = join(admin.token(), orgId, "member", "MEMBER", cohortId);
        return new Team(orgId, admin.token(), admin.id(), counsellor.token(), counsellor.id(), member.token(),
                member.id(), member.email(), cohortId);
    }

    /** A signed-in person: token, id and email. */
    public record Person(String token, long id, String email) {
    }

    /** Registers someone, has the inviter invite them, and has them accept. */
    public static Person join(String inviterToken, long orgId, String who, String role, Long cohortId) {
        Person person = register(who);
        String token = invite(inviterToken, orgId, person.email(), role, cohortId);
        try (Response accepted = post("/invitations/" + token + "/accept", person.token(), "")) {
            assertEquals(200, accepted.getStatus(), () -> accepted.readEntity(String.class));
        }
        return person;
    }

    /** The invitation's one-time token. */
    public static String invite(String inviterToken, long orgId, String email, String role, Long cohortId) {
        var body = Json.createObjectBuilder().add("email", email).add("role", role);
        if (cohortId != null) {
            body.add("cohortIds", Json.createArrayBuilder().add(cohortId));
        }
        try (Response invited = post("/orgs/" + orgId + "/invitations", inviterToken, body.build().toString())) {
            assertEquals(201, invited.getStatus(), () -> invited.readEntity(String.class));
            return json(invited).getString("token");
        }
    }

    public static Person register(String who) {
        String email = Api.uniqueEmail(who);
        try (Response registered = post("/auth/register", null, Api.credentials(email, Api.PASSWORD))) {
            assertEquals(201, registered.getStatus(), () -> registered.readEntity(String.class));
        }
        String token;
        try (Response login = post("/auth/login", null, Api.credentials(email, Api.PASSWORD))) {
            token = json(login).getString("token");
        }
        try (Response me = Api.get("/me", token)) {
            return new Person(token, json(me).getJsonNumber("id").longValue(), email);
        }
    }

    public static Response patch(String path, String token, String json) {
        return Api.request(path, token).method("PATCH", Entity.entity(json, MediaType.APPLICATION_JSON));
    }

    /** Sets the organisation's settings (as its org admin). */
    public void settings(String settingsJson) {
        try (Response changed = patch("/orgs/" + orgId, adminToken, "{\"settings\":" + settingsJson + "}")) {
            assertEquals(200, changed.getStatus(), () -> changed.readEntity(String.class));
        }
    }
}
