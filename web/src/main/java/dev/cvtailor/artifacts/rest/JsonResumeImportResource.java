package dev.cvtailor.artifacts.rest;

import java.util.ArrayList;
import java.util.List;

import dev.cvtailor.artifacts.boundary.ArtifactIntake;
import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ResumeImport;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** JSON Resume in: {@code POST /import/json-resume}. */
@Path("import/json-resume")
@RolesAllowed({"user", "admin"})
@RequestScoped
public class JsonResumeImportResource {

    @Inject
    ArtifactService artifacts;

    @Inject
    ArtifactIntake intake;

    @Inject
    Caller caller;

    /** Makes an artifact of every entry ({@code 202}: each is being processed), with its URL as evidence. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importResume(JsonValue body) {
        if (!(body instanceof JsonObject resume)) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "A JSON Resume document is required");
        }
        long owner = caller.id();
        ResumeImport read = artifacts.readJsonResume(resume);
        List<Long> ids = intake.createAll(owner, read.drafts()).stream().map(Artifact::getId).toList();
        List<String> notImported = new ArrayList<>();
        for (String section : List.of("basics", "languages", "interests", "references")) {
            if (resume.containsKey(section) && !resume.isNull(section)) {
                notImported.add(section + ": CV Tailor keeps work history; contact details go into each document");
            }
        }
        if (!read.skillsNoEntryShows().isEmpty()) {
            notImported.add("skills: no entry of the résumé shows " + String.join(", ", read.skillsNoEntryShows())
                    + "; add an artifact that does, and they will back your documents");
        }
        return Response.accepted(new ImportedArtifacts(ids, notImported)).build();
    }
}
