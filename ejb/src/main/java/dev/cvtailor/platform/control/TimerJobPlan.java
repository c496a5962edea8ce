package dev.cvtailor.platform.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What it takes to bring the timers in the database to this release's jobs: the jobs that have no timer (new in
 * this release, or lost) and the timers to cancel (a job's second timer, an earlier schedule, a job no longer
 * declared, and the automatic timers of releases before the jobs were made here).
 *
 * @param <T> the timer type (EJB timers at run time)
 */
public record TimerJobPlan<T>(List<TimerJob> toCreate, List<T> toCancel) {

    public static <T> TimerJobPlan<T> of(Collection<TimerJob> jobs, Collection<T> timers, Function<T, Object> info) {
        Set<Object> wanted = new HashSet<>();
        jobs.forEach(job -> wanted.add(job.info()));
        Set<Object> kept = new HashSet<>();
        List<T> toCancel = new ArrayList<>();
        for (T timer : timers) {
            Object each = info.apply(timer);
            if (!wanted.contains(each) || !kept.add(each)) {
                toCancel.add(timer);
            }
        }
        List<TimerJob> toCreate = jobs.stream().filter(job -> !kept.contains(job.info())).toList();
        return new TimerJobPlan<>(toCreate, List.copyOf(toCancel));
    }

    public boolean isEmpty() {
        return toCreate.isEmpty() && toCancel.isEmpty();
    }
}
