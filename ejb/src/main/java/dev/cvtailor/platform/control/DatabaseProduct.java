package dev.cvtailor.platform.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/** Which database the application runs on, for the few queries that use a database's own means. */
@ApplicationScoped
public class DatabaseProduct {

    @Resource(lookup = "jdbc/cvtailor")
    DataSource dataSource;

    private volatile Boolean postgres;

    public boolean isPostgres() {
        if (postgres == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                        .contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("The database cannot be reached", e);
            }
        }
        return postgres;
    }
}
