package dev.cvtailor.platform.entity;

/** A day in figures: accounts made, files uploaded, documents requested, exports, and errors (failed uploads and documents). */
public record DailySummary(long registrations, long uploads, long generations, long exports, long errors) {
}
