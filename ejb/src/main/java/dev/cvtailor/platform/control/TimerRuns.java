package dev.cvtailor.platform.control;

import java.util.logging.Logger;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import jakarta.ejb.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The runs of the timer jobs. They are persistent EJB timers in the shared database, so each firing runs on one
 * replica only: counted per job for /metrics ({@code cvtailor.timer.runs}), and traced at FINE with the firing's
 * next timeout, which names the firing across replicas ({@code dev.cvtailor.platform.control.TimerRuns=fine}).
 */
@ApplicationScoped
public class TimerRuns {

    public static final String RUNS = "cvtailor.timer.runs";

    private static final Logger LOG = Logger.getLogger(TimerRuns.class.getName());

    @Inject
    MetricRegistry registry;

    /** Shows the job's count in /metrics before its first run. */
    public void counted(String job) {
        registry.counter(RUNS, new Tag("job", job));
    }

    public void ran(String job, Timer timer) {
        registry.counter(RUNS, new Tag("job", job)).inc();
        LOG.fine(() -> "Timer job " + job + " ran; next at " + timer.getNextTimeout().toInstant());
    }
}
