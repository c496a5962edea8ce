package dev.cvtailor.platform.boundary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import dev.cvtailor.platform.entity.RateDecision;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Per-user budgets per clock hour (requests, generations), counted in the database so that every replica
 * spends from the same budget. Each hit is one atomic increment, committed at once; a lost race to create the
 * hour's row is retried as an increment.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RateLimits {

    private static final String INCREMENT =
            "update rate_limit_windows set hits = hits + 1 where user_id = ? and bucket = ? and window_start = ?";
    private static final String CREATE =
            "insert into rate_limit_windows (user_id, bucket, window_start, hits) values (?, ?, ?, 1)";
    private static final String READ =
            "select hits from rate_limit_windows where user_id = ? and bucket = ? and window_start = ?";

    @Resource(lookup = "jdbc/cvtailor")
    DataSource dataSource;

    /** Requests refused for a spent budget, by bucket, for /metrics. */
    public static final String REJECTIONS = "cvtailor.rate_limit.rejections";
    /** The budgets: every API request, and every document asked for. */
    public static final String API_BUCKET = "api";
    public static final String GENERATION_BUCKET = "generation";

    @Inject
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "cvtailor.ratelimit.exempt-admins", defaultValue = "false")
    boolean exemptAdmins;

    /**
     * Spends one unit of the user's budget in {@code bucket} for this hour, or refuses with 429 and the seconds
     * until the next hour when it is spent. Admins spend nothing when so configured ({@code isAdmin} is asked
     * only then).
     */
    public void spend(long userId, BooleanSupplier isAdmin, String bucket, int limit, String what) {
        if (exemptAdmins && isAdmin.getAsBoolean()) {
            return;
        }
        RateDecision decision = consume(userId, bucket, limit);
        if (!decision.allowed()) {
            metrics.counter(REJECTIONS, new Tag("bucket", bucket)).inc();
            throw ApplicationProblem.retryLater(ApplicationProblem.Kind.TOO_MANY_REQUESTS,
                    "More than " + decision.limit() + " " + what + " this hour", decision.retryAfterSeconds());
        }
    }

    /** Spends one unit of the user's budget in {@code bucket} for this hour and tells whether it fitted. */
    private RateDecision consume(long userId, String bucket, int limit) {
        Instant now = Instant.now();
        Instant window = now.truncatedTo(ChronoUnit.HOURS);
        long retryAfter = Math.max(1, Duration.between(now, window.plus(Duration.ofHours(1))).toSeconds());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            int hits = increment(connection, userId, bucket, Timestamp.from(window));
            return new RateDecision(hits <= limit, hits, limit, retryAfter);
        } catch (SQLException e) {
            throw new IllegalStateException("Rate limit could not be counted", e);
        }
    }

    private static int increment(Connection connection, long userId, String bucket, Timestamp window)
            throws SQLException {
        for (int attempt = 0; attempt < 3; attempt++) {
            if (execute(connection, INCREMENT, userId, bucket, window) == 1) {
                return read(connection, userId, bucket, window);
            }
            try {
                execute(connection, CREATE, userId, bucket, window);
                return 1;
            } catch (SQLException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
            }
        }
        throw new SQLException("The rate-limit row kept changing under us");
    }

    private static int execute(Connection connection, String sql, long userId, String bucket, Timestamp window)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, userId);
            statement.setString(2, bucket);
            statement.setTimestamp(3, window);
            return statement.executeUpdate();
        }
    }

    private static int read(Connection connection, long userId, String bucket, Timestamp window) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(READ)) {
            statement.setLong(1, userId);
            statement.setString(2, bucket);
            statement.setTimestamp(3, window);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        return "23505".equals(e.getSQLState()) || e instanceof java.sql.SQLIntegrityConstraintViolationException;
    }

    /** Drops the windows of hours gone by: hourly, on one replica (a persistent timer). */
    public void purgePastWindows() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "delete from rate_limit_windows where window_start < ?")) {
            connection.setAutoCommit(true);
            statement.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofHours(2))));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Past rate-limit windows could not be purged", e);
        }
    }
}
