package dev.cvtailor.platform.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What it takes to bring the timers in the database to this release's jobs: the jobs that have no timer (new in
 * this release, or lost) and the timers to cancel (a job's second timer, an earlier schedule, a job no longer
 * declared, and the automatic timers of releases before the jobs were made here).
 * <p>
 * A timer made by a newer release of the jobs is left alone, and stands for the job of the same name: during a
 * blue-green overlap an old replica that restarts must not undo what the new one made.
 *
 * @param <T> the timer type (EJB timers at run time)
 */
public record TimerJobPlan<T>(List<TimerJob> toCreate, List<T> toCancel) {

    public static <T> TimerJobPlan<T> of(Collection<TimerJob> jobs, int release, Collection<T> timers,
            Function<T, Object> info) {
        Map<String, TimerJob> byName = jobs.stream().collect(Collectors.toMap(TimerJob::name, job -> job));
        // a timer's info is read once: for a persistent timer each read goes to the database
        List<Map.Entry<T, Optional<TimerJob.Written>>> read = timers.stream()
                .map(timer -> Map.entry(timer, TimerJob.read(info.apply(timer)))).toList();
        Set<String> covered = new HashSet<>();
        read.forEach(each -> each.getValue().filter(w -> w.release() > release).ifPresent(w -> covered.add(w.name())));
        List<T> toCancel = new ArrayList<>();
        for (Map.Entry<T, Optional<TimerJob.Written>> each : read) {
            Optional<TimerJob.Written> written = each.getValue();
            if (written.isPresent() && written.get().release() > release) {
                continue;
            }
            TimerJob job = written.map(w -> byName.get(w.name())).orElse(null);
            boolean current = job != null && job.schedule().toString().equals(written.get().schedule());
            if (!current || !covered.add(job.name())) {
                toCancel.add(each.getKey());
            }
        }
        List<TimerJob> toCreate = jobs.stream().filter(job -> !covered.contains(job.name())).toList();
        return new TimerJobPlan<>(toCreate, List.copyOf(toCancel));
    }

    public boolean isEmpty() {
        return toCreate.isEmpty() && toCancel.isEmpty();
    }
}
