package dev.cvtailor.artifacts.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.evidence.entity.EvidenceView;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** JSON Resume out: the caller's artifacts, with their first evidence link as each entry's URL. */
@Path("export/json-resume")
@RolesAllowed({"user", "admin"})
@RequestScoped
public class JsonResumeExportResource {

    @Inject
    ArtifactService artifacts;

    @Inject
    EvidenceService evidence;

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response exportResume() {
        long owner = caller.id();
        List<Long> ids = artifacts.all(owner).stream().map(Artifact::getId).toList();
        Map<Long, List<String>> urls = new HashMap<>();
        evidence.linksOf(owner, ids).forEach((artifactId, links) ->
                urls.put(artifactId, links.stream().map(EvidenceView::url).toList()));
        return Response.ok(artifacts.jsonResume(owner, urls, accounts.find(owner).email()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"resume.json\"")
                .build();
    }
}
