package dev.cvtailor.accounts.rest;

import java.time.Instant;
import java.util.List;

import dev.cvtailor.applications.rest.ApplicationResponse;
import dev.cvtailor.artifacts.rest.ArtifactResponse;
import dev.cvtailor.export.rest.ExportLogResponse;
import dev.cvtailor.generation.rest.DocumentResponse;
import dev.cvtailor.jobs.rest.JobDescriptionResponse;
import dev.cvtailor.labels.rest.LabelResponse;
import dev.cvtailor.notifications.entity.NotificationView;
import dev.cvtailor.reviews.entity.DocumentReadView;
import dev.cvtailor.reviews.rest.ReviewResponse;

/** Everything the application holds about one user, in one document (GDPR, right of access). */
public record PersonalData(Instant exportedAt, AccountResponse account, List<LabelResponse> labels,
        List<ArtifactResponse> artifacts,
        List<JobDescriptionResponse> jobDescriptions, List<DocumentResponse> documents,
        List<ExportLogResponse> exports, List<ReviewResponse> submissions, List<DocumentReadView> documentReads,
        List<NotificationView> notifications, List<ApplicationResponse> applications) {
}
