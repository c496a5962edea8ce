package dev.cvtailor.accounts.rest;

import java.time.Instant;
import java.util.List;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.applications.rest.ApplicationAssembler;
import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.rest.ArtifactAssembler;
import dev.cvtailor.audit.boundary.AuditTrail;
import dev.cvtailor.audit.entity.AuditType;
import dev.cvtailor.audit.entity.Outcome;
import dev.cvtailor.export.boundary.ExportService;
import dev.cvtailor.export.rest.ExportLogResponse;
import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.generation.rest.DocumentResponse;
import dev.cvtailor.jobs.boundary.JobDescriptionService;
import dev.cvtailor.jobs.rest.JobDescriptionResponse;
import dev.cvtailor.labels.boundary.LabelService;
import dev.cvtailor.labels.rest.LabelResponse;
import dev.cvtailor.notifications.boundary.NotificationService;
import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.platform.rest.Caller;
import dev.cvtailor.reviews.boundary.ReviewService;
import dev.cvtailor.reviews.rest.ReviewResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's own account: who am I, all my data (GDPR access), and deleting it all (GDPR erasure). */
@Path("me")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    AccountService accounts;

    @Inject
    ApplicationAssembler applications;

    @Inject
    ArtifactService artifacts;

    @Inject
    JobDescriptionService jobs;

    @Inject
    LabelService labels;

    @Inject
    ArtifactAssembler assembler;

    @Inject
    GenerationService generation;

    @Inject
    ExportService exports;

    @Inject
    AuditTrail audit;

    @Inject
    OrganisationService organisations;

    @Inject
    ReviewService reviews;

    @Inject
    NotificationService notifications;

    @Inject
    Caller caller;

    @GET
    public AccountResponse me() {
        long id = caller.id();
        return AccountResponse.of(accounts.find(id), organisations.organisationOf(id).orElse(null));
    }

    @GET
    @Path("export")
    public Response export() {
        long id = caller.id();
        PersonalData data = new PersonalData(Instant.now(),
                AccountResponse.of(accounts.find(id), organisations.organisationOf(id).orElse(null)),
                labels.list(id).stream().map(LabelResponse::of).toList(),
                assembler.responses(id, artifacts.all(id)),
                jobs.all(id).stream().map(JobDescriptionResponse::of).toList(),
                generation.all(id).stream().map(DocumentResponse::of).toList(),
                exports.logs(id).stream().map(ExportLogResponse::of).toList(),
                reviews.submissionsOf(id).stream().map(ReviewResponse::of).toList(),
                reviews.documentReads(id), notifications.list(id, false), applications.all(id));
        audit.record(id, AuditType.ACCOUNT_EXPORT, Outcome.SUCCESS, null);
        return Response.ok(data)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cvtailor-my-data.json\"")
                .build();
    }

    /** Deletes the account and everything that belongs to it; only anonymised audit lines remain. */
    @DELETE
    public Response delete() {
        accounts.delete(caller.id());
        return Response.noContent().build();
    }
}
