package dev.cvtailor.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.cvtailor.accounts.boundary.AccountService;
import jakarta.ejb.EJBException;

/**
 * Two replicas starting together on an empty database: both bootstraps look for the admin, find none, and insert
 * it; the database's unique key lets one insert win. The other start must not fail.
 */
class AdminBootstrapTest {

    static final String DATABASE = "jdbc:h2:mem:bootstrap-race;DB_CLOSE_DELAY=-1";
    static final String EMAIL = "admin@example.com";

    @Test
    void twoBootstrapsRacingOnAnEmptyDatabaseBothStartWithOneAdmin() throws Exception {
        try (Connection db = DriverManager.getConnection(DATABASE)) {
            db.createStatement().execute("create table users (email varchar(200) not null unique, role varchar(20))");
        }
        UsersTable accounts = new UsersTable();
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> starts = List.of(replicas.submit(bootstrap(accounts)::ensureAdmin),
                    replicas.submit(bootstrap(accounts)::ensureAdmin));
            for (Future<?> start : starts) {
                start.get(30, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }
        assertEquals(1, accounts.lostInserts.get(), "both inserted; the unique key refused one");
        try (Connection db = DriverManager.getConnection(DATABASE);
                ResultSet admins = db.createStatement().executeQuery("select email, role from users")) {
            admins.next();
            assertEquals(EMAIL + " ADMIN", admins.getString(1) + " " + admins.getString(2));
            assertEquals(false, admins.next(), "one admin account");
        }
    }

    private static AdminBootstrap bootstrap(AccountService accounts) {
        AdminBootstrap bootstrap = new AdminBootstrap();
        bootstrap.email = Optional.of(EMAIL);
        bootstrap.password = Optional.of("a long enough passphrase");
        bootstrap.accounts = accounts;
        return bootstrap;
    }

    /**
     * The account service's look-then-insert over a real table, each call its own transaction as in the container:
     * the first two calls wait for each other after looking, so both see no admin and both insert. A failed insert
     * reaches the caller as the container hands it on, an {@link EJBException}.
     */
    static final class UsersTable extends AccountService {

        final CyclicBarrier bothLooked = new CyclicBarrier(2);
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger lostInserts = new AtomicInteger();

        @Override
        public void ensureAdmin(String email, String password) {
            try (Connection db = DriverManager.getConnection(DATABASE)) {
                if (exists(db, email)) {
                    update(db, "update users set role = 'ADMIN' where email = ?", email);
                    return;
                }
                if (calls.incrementAndGet() <= 2) {
                    bothLooked.await(10, TimeUnit.SECONDS);
                }
                update(db, "insert into users (email, role) values (?, 'ADMIN')", email);
            } catch (SQLException e) {
                lostInserts.incrementAndGet();
                throw new EJBException(e);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static boolean exists(Connection db, String email) throws SQLException {
            try (PreparedStatement find = db.prepareStatement("select 1 from users where email = ?")) {
                find.setString(1, email);
                try (ResultSet found = find.executeQuery()) {
                    return found.next();
                }
            }
        }

        private static void update(Connection db, String sql, String email) throws SQLException {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                statement.setString(1, email);
                statement.executeUpdate();
            }
        }
    }
}
