package dev.cvtailor.platform.entity;

/** What one purge did: the rows past their retention it looked at, those it deleted (or folded into counts), in how many transactions. */
public record PurgeReport(String what, int examined, int removed, int batches) {
}
