package dev.cvtailor.organisations.entity;

import java.util.List;

/** What a bulk invitation did: rows that invited someone, rows that changed nothing, and each failing line. */
public record BulkInvitationReport(int created, int unchanged, List<LineError> errors) {

    /** Why one line of the file was refused. */
    public record LineError(long line, String message) {
    }
}
