package dev.cvtailor.platform.entity;

import java.time.Instant;

/**
 * A timer job as the database holds it: its schedule and next run, or no next run when its timer is missing (a
 * server starting makes it again).
 */
public record TimerJobStatus(String name, String schedule, Instant nextRun) {
}
