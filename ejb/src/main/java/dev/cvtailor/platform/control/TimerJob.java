package dev.cvtailor.platform.control;

import java.util.Optional;

/**
 * A job a component runs on a schedule, once per firing however many replicas there are. A component declares its
 * jobs as CDI producers of this type; {@code platform.boundary.TimerJobs} keeps one persistent EJB timer for each.
 *
 * @param name the job's name in logs, metrics ({@code cvtailor_timer_runs_total{job}}) and the admin's list
 * @param work what a firing does: a call of the component's service, which sets its own transactions
 */
public record TimerJob(String name, JobSchedule schedule, Runnable work) {

    /** The timer's info: the name and the schedule, so that a changed schedule is seen as a job to make again. */
    public String info() {
        return name + " @ " + schedule;
    }

    /** The job's name in a timer's info, or empty when the info is not one a timer job wrote. */
    public static Optional<String> nameIn(Object info) {
        if (info instanceof String text && text.contains(" @ ")) {
            return Optional.of(text.substring(0, text.indexOf(" @ ")));
        }
        return Optional.empty();
    }
}
