package dev.cvtailor.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings a database up to the schema of this release. The application runs it at start against its
 * container DataSource; tests run it against a bare connection. Liquibase alone owns the schema.
 */
public final class SchemaChangelog {

    public static final String MASTER = "db/changelog/master.xml";

    private SchemaChangelog() {
    }

    /**
     * Applies every pending changeset on the given connection. The connection is left committed and in
     * auto-commit mode, as a container-managed connection expects it back.
     */
    public static void update(Connection connection) throws SQLException, LiquibaseException {
        boolean autoCommit = connection.getAutoCommit();
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            ClassLoader loader = SchemaChangelog.class.getClassLoader();
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(loader),
                    Scope.Attr.classLoader.name(), loader), () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, MASTER)
                    .execute());
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (LiquibaseException | SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new LiquibaseException(e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
