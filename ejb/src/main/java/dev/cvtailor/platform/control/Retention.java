package dev.cvtailor.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongFunction;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.cvtailor.platform.entity.PurgeBatch;
import dev.cvtailor.platform.entity.PurgeReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How long the installation keeps what it keeps (all configurable, ISO-8601 durations), and the most rows a purge
 * deletes in one transaction, so that a purge never holds long locks over user data.
 */
@ApplicationScoped
public class Retention {

    /** No purge transaction touches more rows than this, whatever the configuration says. */
    public static final int MAX_BATCH = 1000;

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @Inject
    @ConfigProperty(name = "cvtailor.retention.documents", defaultValue = "P90D")
    Duration documents;

    @Inject
    @ConfigProperty(name = "cvtailor.retention.export-logs", defaultValue = "P730D")
    Duration exportLogs;

    @Inject
    @ConfigProperty(name = "cvtailor.retention.audit-details", defaultValue = "P30D")
    Duration auditDetails;

    @Inject
    @ConfigProperty(name = "cvtailor.retention.aggregates", defaultValue = "P730D")
    Duration aggregates;

    @Inject
    @ConfigProperty(name = "cvtailor.retention.batch", defaultValue = "1000")
    int batch;

    /** Unsaved generated documents: deleted this long after they were made. */
    public Duration documents() {
        return documents;
    }

    public Instant documentsBefore(Instant now) {
        return now.minus(documents);
    }

    public Instant exportLogsBefore(Instant now) {
        return now.minus(exportLogs);
    }

    public Instant auditDetailsBefore(Instant now) {
        return now.minus(auditDetails);
    }

    public Instant aggregatesBefore(Instant now) {
        return now.minus(aggregates);
    }

    public int batch() {
        return Math.max(1, Math.min(batch, MAX_BATCH));
    }

    /**
     * Runs one purge as transactions of at most {@link #batch()} rows each, the next starting after the last id the one
     * before looked at, until a batch comes back short.
     */
    public PurgeReport inBatches(String what, LongFunction<PurgeBatch> next) {
        long after = 0;
        int examined = 0;
        int removed = 0;
        int batches = 0;
        PurgeBatch done;
        do {
            done = next.apply(after);
            examined += done.examined();
            removed += done.removed();
            after = done.lastId();
            batches++;
        } while (done.examined() >= batch());
        if (removed > 0) {
            int count = removed;
            LOG.info(() -> "Retention: " + count + " " + what + " removed");
        }
        return new PurgeReport(what, examined, removed, batches);
    }
}
