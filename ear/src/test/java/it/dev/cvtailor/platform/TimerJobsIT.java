package it.dev.cvtailor.platform;

import static it.dev.cvtailor.platform.Api.assertProblem;
import static it.dev.cvtailor.platform.Api.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

/**
 * The timer jobs the server made at its start, as an admin lists them: every component's job, each with its UTC
 * schedule and a next run in the future. (Two servers making them once, and a lost timer made again at the next
 * start, are ScaleOutIT's.)
 */
public class TimerJobsIT {

    private static String admin;

    @BeforeAll
    static void ready() {
        Api.awaitReady();
        admin = Admin.fresh("timers-admin").token();
    }

    @Test
    void listsEveryTimerJobWithItsScheduleAndNextRun() {
        Map<String, JsonObject> jobs;
        try (Response listed = get("/admin/timer-jobs", admin)) {
            assertEquals(200, listed.getStatus(), () -> listed.readEntity(String.class));
            jobs = listed.readEntity(JsonArray.class).getValuesAs(JsonObject.class).stream()
                    .collect(Collectors.toMap(job -> job.getString("name"), job -> job));
        }
        assertEquals(List.of("aggregate-audit-events", "daily-report", "expire-imports", "purge-export-logs",
                "purge-rate-limit-windows", "purge-revoked-tokens", "purge-unsaved-documents", "recover-lost-mails",
                "recover-stalled-documents", "remind-applications", "revalidate-evidence", "weekly-report"),
                jobs.keySet().stream().sorted().toList());
        Instant now = Instant.now();
        jobs.values().forEach(job -> assertTrue(Instant.parse(job.getString("nextRun")).isAfter(now.minusSeconds(60)),
                job::toString));
        assertEquals("minute=30 hour=0 dayOfWeek=Mon UTC", jobs.get("weekly-report").getString("schedule"));
        Instant weekly = Instant.parse(jobs.get("weekly-report").getString("nextRun"));
        assertEquals("MONDAY", weekly.atZone(ZoneOffset.UTC).getDayOfWeek().name());
        assertEquals("00:30", weekly.atZone(ZoneOffset.UTC).toLocalTime().toString());
    }

    @Test
    void refusesAUserWhoIsNotAnAdmin() {
        try (Response refused = get("/admin/timer-jobs", Api.newUserToken("timers-user"))) {
            assertProblem(refused, 403);
        }
    }
}
