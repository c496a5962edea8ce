package dev.cvtailor.evidence.entity;

/** The outcome of checking a link: its status, the HTTP status when there was an answer, and why. */
public record LinkCheck(ValidationStatus status, Integer httpStatus, String reason) {

    public static LinkCheck rejected(String reason) {
        return new LinkCheck(ValidationStatus.REJECTED, null, reason);
    }

    public static LinkCheck unreachable(String reason) {
        return new LinkCheck(ValidationStatus.UNREACHABLE, null, reason);
    }
}
