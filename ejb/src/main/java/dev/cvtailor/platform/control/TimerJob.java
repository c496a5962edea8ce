package dev.cvtailor.platform.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job a component runs on a schedule, once per firing however many replicas there are. A component declares its
 * jobs as CDI producers of this type; {@code platform.boundary.TimerJobs} keeps one persistent EJB timer for each.
 *
 * @param name the job's name in logs, metrics ({@code cvtailor_timer_runs_total{job}}) and the admin's list
 * @param work what a firing does: a call of the component's service, which sets its own transactions
 */
public record TimerJob(String name, JobSchedule schedule, Runnable work) {

    private static final Pattern INFO = Pattern.compile("(\\S+) @ (.+) \\(jobs release (\\d+)\\)");

    /** What a job's timer says of it: which job, when, and which release of the jobs made it. */
    public record Written(String name, String schedule, int release) {
    }

    /**
     * The timer's info: the name and the schedule, so that a changed schedule is seen as a job to make again, and
     * the release of the jobs that made it, so that an older release leaves a newer one's timers alone.
     */
    public String info(int release) {
        return name + " @ " + schedule + " (jobs release " + release + ")";
    }

    /** What a timer's info says, or empty when a timer job did not write it (an earlier release's @Schedule timer). */
    public static Optional<Written> read(Object info) {
        if (info instanceof String text) {
            Matcher matcher = INFO.matcher(text);
            if (matcher.matches()) {
                return Optional.of(new Written(matcher.group(1), matcher.group(2),
                        Integer.parseInt(matcher.group(3))));
            }
        }
        return Optional.empty();
    }
}
