package dev.cvtailor.applications.entity;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An application as the user writes it. In a change ({@code PATCH}) a field left out keeps its value; an empty
 * text clears it. {@code status} is a name of {@link ApplicationStatus}, checked by the service.
 */
public record ApplicationDraft(
        @Size(max = 300) String company,
        @Size(max = 300) String role,
        Long jobDescriptionId,
        @Size(max = 2048) @Pattern(regexp = "(?i)(https?://\\S+)?", message = "must be an http(s) address") String url,
        @Size(max = 100) String source,
        @Size(max = 16) String status,
        @Size(max = 500) String nextStep,
        LocalDate followUpOn,
        @Size(max = 20) List<@NotNull @Valid Contact> contacts,
        @Size(max = 20_000) String notes,
        Boolean nudgeWhenQuiet) {
}
