package it.dev.cvtailor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;

/**
 * The database goes away (PostgreSQL refuses connections to it and drops those open): requests get 503 with
 * Retry-After and readiness goes down; when it comes back, the same server serves again without a restart.
 * PostgreSQL only: the embedded H2 cannot be taken away from under the server.
 */
class DatabaseOutageIT {

    static final String DATABASE = System.getProperty("it.pg.database", "cvtailor_it");

    /** Each test, not the class, is skipped on H2, so that the reports count it as skipped rather than not there. */
    @BeforeEach
    void onPostgres() {
        Assumptions.assumeTrue("postgres".equals(System.getProperty("it.db.kind")),
                "the outage is staged on PostgreSQL (run with -Ppostgres)");
        Api.awaitReady();
    }

    @Test
    void answers503WithRetryAfterWhileTheDatabaseIsAwayAndRecoversWithoutARestart() throws Exception {
        String token = Api.newUserToken("patient");
        try {
            admin("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS false");
            admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
            try (Response away = Api.get("/artifacts", token)) {
                Api.assertProblem(away, 503);
                assertNotNull(away.getHeaderString("Retry-After"), "the caller learns when to try again");
            }
            try (Response ready = ClientBuilder.newClient().target(Api.BASE + "/health/ready").request().get()) {
                assertEquals(503, ready.getStatus(), "not ready without its database");
            }
        } finally {
            admin("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS true");
        }
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        int status = 0;
        while (status != 200 && Instant.now().isBefore(until)) {
            try (Response back = Api.get("/artifacts", token)) {
                status = back.getStatus();
            }
            Thread.sleep(500);
        }
        assertEquals(200, status, "served again once the database is back, with no restart");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("it.pg.admin.url",
                "jdbc:postgresql://127.0.0.1:5432/postgres"), "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
