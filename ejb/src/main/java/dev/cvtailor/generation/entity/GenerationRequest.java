package dev.cvtailor.generation.entity;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user asks for: a document for a job description (pasted, or one stored before), for this candidate. */
public record GenerationRequest(
        Long jobDescriptionId,
        @Size(max = 100_000) String jobDescription,
        @Size(max = 50) List<@NotNull Long> labelIds,
        @Size(max = 64) String template,
        @Size(max = 32) String tone,
        @Size(max = 32) String length,
        @NotNull @Valid Candidate candidate) {

    public GenerationRequest {
        labelIds = labelIds == null ? List.of() : List.copyOf(labelIds);
    }

    @AssertTrue(message = "give either jobDescription (the text) or jobDescriptionId")
    public boolean isJobDescriptionGiven() {
        return jobDescriptionId != null || (jobDescription != null && !jobDescription.isBlank());
    }
}
