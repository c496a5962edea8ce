package it.dev.cvtailor.reviews;

import static it.dev.cvtailor.platform.Api.get;
import static it.dev.cvtailor.platform.Api.json;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.dev.cvtailor.platform.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

/** The review calls the tests share: a member's artifact and CV, submitting, opening, commenting, deciding. */
public final class Reviews {

    public static final String ARTIFACT = "{\"kind\":\"POSITION\",\"title\":\"Data platform engineer\","
            + "\"organisation\":\"Acme Analytics\",\"startedOn\":\"2021-01-01\",\"endedOn\":\"2024-06-30\","
            + "\"description\":\"Built batch pipelines in Python and SQL that load sales data into the warehouse."
            + " Wrote data quality checks that stop bad loads before reports run.\",\"stack\":[\"Python\",\"SQL\"]}";
    public static final String POSTING = "Data Engineer. We need Python and SQL for our warehouse pipelines.";

    /** A ready CV of the team's member. */
    public static long cv(String token) {
        try (Response created = post("/generate/cv", token, Json.createObjectBuilder().add("jobDescription", POSTING)
                .add("candidate", Json.createObjectBuilder().add("name", "Robin Member")).build().toString())) {
            assertEquals(202, created.getStatus(), () -> created.readEntity(String.class));
            long id = json(created).getJsonNumber("id").longValue();
            Api.awaitReadyStatus("/documents/" + id, token);
            return id;
        }
    }

    public static JsonObject submit(String token, long documentId, String body) {
        try (Response submitted = post("/documents/" + documentId + "/reviews", token, body)) {
            assertEquals(201, submitted.getStatus(), () -> submitted.readEntity(String.class));
            return json(submitted);
        }
    }

    public static JsonObject open(String token, long reviewId) {
        try (Response opened = get("/reviews/" + reviewId, token)) {
            assertEquals(200, opened.getStatus(), () -> opened.readEntity(String.class));
            return json(opened);
        }
    }

    /** A comment on the first bullet of the first entry of the section, suggesting a wording for it. */
    public static String suggestionOn(String section, String text, String suggestion) {
        return Json.createObjectBuilder().add("anchor", Json.createObjectBuilder().add("section", section)
                .add("entry", 0).add("bullet", 0)).add("text", text).add("suggestion", suggestion).build().toString();
    }

    public static long comment(String token, long reviewId, String body) {
        try (Response created = post("/reviews/" + reviewId + "/comments", token, body)) {
            assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
            return json(created).getJsonNumber("id").longValue();
        }
    }

    public static Response decide(String token, long reviewId, String decision) {
        return post("/reviews/" + reviewId + "/decision", token, "{\"decision\":\"" + decision + "\",\"note\":\"ok\"}");
    }

    private Reviews() {
    }
}
