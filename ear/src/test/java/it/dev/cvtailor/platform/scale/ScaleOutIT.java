package it.dev.cvtailor.platform.scale;

import static it.dev.cvtailor.generation.ChatCompletions.answering;
import static it.dev.cvtailor.generation.ChatCompletions.cvDraft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.dev.cvtailor.platform.Api;
import jakarta.ws.rs.core.Response;

/**
 * Two replicas of the same EAR behave as one installation: a token from one is good on the other, a user's rate
 * limit is one budget across them, either consumes the queued generations, and each timer firing runs on one only.
 */
@ExtendWith(TheCluster.class)
class ScaleOutIT {

    static Cluster cluster;

    @BeforeAll
    static void up(Cluster running) {
        cluster = running;
    }

    @Test
    void aTokenFromOneServerIsGoodOnTheOtherUntilItsSignOut() {
        String token = cluster.a.newUserToken("replicas");
        long id;
        try (Response created = cluster.b.post("/artifacts", token, Cluster.POSITION)) {
            assertEquals(202, created.getStatus(), () -> created.readEntity(String.class));
            id = Api.json(created).getJsonNumber("id").longValue();
        }
        try (Response read = cluster.a.get("/artifacts/" + id, token)) {
            assertEquals(200, read.getStatus(), "what one replica stored, the other serves");
        }
        try (Response signedOut = cluster.b.post("/auth/logout", token, "{}")) {
            assertEquals(204, signedOut.getStatus());
        }
        try (Response refused = cluster.a.get("/artifacts", token)) {
            Api.assertProblem(refused, 401);
        }
    }

    @Test
    void aUsersGenerationBudgetIsOneAcrossServers() {
        String[] user = Cluster.userWithAPosition(cluster.a, "budget");
        cluster.model.stubFor(answering(cvDraft(user[1], "Built the settlement service in Java.", "Java")));
        for (int i = 0; i < 10; i++) {
            Cluster.requestCv(i % 2 == 0 ? cluster.a : cluster.b, user[0], "budget " + i);
        }
        for (Node node : cluster.nodes()) {
            try (Response refused = node.post("/generate/cv", user[0], """
                    {"jobDescription":"Gardener\\nWe need patience.","candidate":{"name":"Ada Lovelace"}}""")) {
                assertTrue(Api.assertProblem(refused, 429).getString("detail").contains("10 generations"));
                assertTrue(Integer.parseInt(refused.getHeaderString("Retry-After")) > 0);
            }
        }
    }

    @Test
    void bothServersConsumeTheQueuedGenerationsAndEachIsWrittenOnce() {
        String[] user = Cluster.userWithAPosition(cluster.a, "consumers");
        cluster.model.stubFor(answering(cvDraft(user[1], "Built the settlement service in Java.", "Java"), 1_500));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(Cluster.requestCv(cluster.a, user[0], "consumers " + i));
        }
        Cluster.awaitFinished(cluster.a, user[0], "/documents/", ids, Duration.ofMinutes(2))
                .forEach((id, document) -> assertEquals("READY", document.getString("status"), document::toString));
        Map<String, Integer> byServer = new HashMap<>();
        for (long id : ids) {
            List<String> finished = cluster.finishLines(id);
            assertEquals(1, finished.size(), () -> "document " + id + " was finished " + finished);
            byServer.merge(finished.get(0).substring(0, finished.get(0).indexOf(':')), 1, Integer::sum);
        }
        assertEquals(2, byServer.size(), () -> "all were written by one server: " + byServer);
    }

    @Test
    void eachTimerFiringRunsOnOneServerOnly() throws SQLException {
        Pattern run = Pattern.compile("Timer job recover-stalled-documents ran; next at (\\S+)");
        Map<String, List<String>> firings = new HashMap<>();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (firings.size() < 3 && Instant.now().isBefore(deadline)) {
            firings.clear();
            for (Node node : cluster.nodes()) {
                for (String line : node.trace()) {
                    Matcher matcher = run.matcher(line);
                    if (matcher.find()) {
                        firings.computeIfAbsent(matcher.group(1), next -> new ArrayList<>()).add(node.name());
                    }
                }
            }
            Cluster.pause(Duration.ofSeconds(5));
        }
        assertTrue(firings.size() >= 3, () -> "the minutely timer fired too seldom: " + firings);
        firings.forEach((next, servers) -> assertEquals(1, servers.size(), () -> "the firing before " + next
                + " ran on " + servers));

        try (Connection db = DriverManager.getConnection(System.getProperty("it.scale.db.url"), "postgres", "postgres");
                ResultSet timers = db.createStatement().executeQuery("select count(*), count(distinct iname)"
                        + " from cvt_timer_task where iname like '!EJBTimerA!cvtailor-ejb.jar#%'")) {
            assertTrue(timers.next());
            assertEquals(4, timers.getInt(1), "the four timer jobs, each made once by the two servers");
            assertEquals(4, timers.getInt(2));
        }
    }
}
