package dev.cvtailor.applications.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.cvtailor.applications.entity.Contact;
import dev.cvtailor.applications.entity.JobApplication;
import dev.cvtailor.applications.entity.StatusChange;

/** An application as the API shows it (API.md, Applications), with its dated history. */
public record ApplicationResponse(long id, String company, String role, Long jobDescriptionId, String url,
        String source, String status, Instant statusSince, String nextStep, LocalDate followUpOn,
        List<Contact> contacts, String notes, boolean nudgeWhenQuiet, List<Long> documentIds,
        List<HistoryEntry> history, Instant createdAt, Instant updatedAt) {

    /** One status the application reached, when, and the note given. */
    public record HistoryEntry(String status, Instant at, String note) {
    }

    static ApplicationResponse of(JobApplication a, List<Contact> contacts, List<StatusChange> history) {
        return new ApplicationResponse(a.getId(), a.getCompany(), a.getRole(), a.getJobDescriptionId(), a.getUrl(),
                a.getSource(), a.getStatus().name(), a.getStatusSince(), a.getNextStep(), a.getFollowUpOn(), contacts,
                a.getNotes(), a.isNudgeWhenQuiet(), a.getDocumentIds(),
                history.stream().map(c -> new HistoryEntry(c.getStatus().name(), c.getAt(), c.getNote())).toList(),
                a.getCreatedAt(), a.getUpdatedAt());
    }
}
