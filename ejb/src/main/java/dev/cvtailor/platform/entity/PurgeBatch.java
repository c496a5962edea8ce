package dev.cvtailor.platform.entity;

/**
 * One purge transaction's work: how many rows it looked at (the purge goes on while a batch was full), how many it
 * deleted or folded into counts, and the last id it looked at, where the next batch starts.
 */
public record PurgeBatch(int examined, int removed, long lastId) {

    public static final PurgeBatch NONE = new PurgeBatch(0, 0, 0);
}
