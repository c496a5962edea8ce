package dev.cvtailor.platform.control;

import java.util.Optional;

import com.ibm.websphere.logging.hpel.LogRecordContext;

/**
 * The correlation id of the work this thread does: set where a request or a work message comes in, carried in
 * the work messages it sends, and written by Liberty into every log record of the thread (JSON logs show it as
 * {@code ext_correlationId}), so one id finds a document's story from the request to the consumer that wrote it.
 */
public final class Correlation {

    public static final String LOG_FIELD = "correlationId";
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Correlation() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static void begin(String id) {
        CURRENT.set(id);
        LogRecordContext.addExtension(LOG_FIELD, id);
    }

    public static void end() {
        CURRENT.remove();
        LogRecordContext.removeExtension(LOG_FIELD);
    }

    /** Runs the work under the id (none: as it is). */
    public static void within(String id, Runnable work) {
        if (id == null) {
            work.run();
            return;
        }
        begin(id);
        try {
            work.run();
        } finally {
            end();
        }
    }
}
