package dev.cvtailor.artifacts.rest;

import static dev.cvtailor.platform.rest.QueryParameters.constant;
import static dev.cvtailor.platform.rest.QueryParameters.date;
import static dev.cvtailor.platform.rest.QueryParameters.id;
import static dev.cvtailor.platform.rest.QueryParameters.integer;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import dev.cvtailor.artifacts.boundary.ArtifactIntake;
import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.artifacts.entity.ArtifactQuery;
import dev.cvtailor.artifacts.entity.SourceText;
import dev.cvtailor.labels.boundary.LabelService;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.entity.JsonColumn;
import dev.cvtailor.platform.entity.Page;
import dev.cvtailor.platform.rest.Caller;
import dev.cvtailor.platform.rest.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("artifacts")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArtifactResource {

    static final int MAX_METADATA_BYTES = 64 * 1024;

    @Inject
    ArtifactService artifacts;

    @Inject
    LabelService labels;

    @Inject
    ArtifactAssembler assembler;

    @Inject
    ArtifactIntake intake;

    @Inject
    Caller caller;

    /**
     * Creates the artifact with the evidence links and labels given with it. Links and labels are checked
     * before anything is saved, so a bad one refuses the whole request instead of losing part of it.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ArtifactDraft draft) {
        long owner = caller.id();
        ArtifactDraft given = required(draft);
        Artifact created = intake.create(owner, given);
        return Response.accepted(assembler.response(owner, created))
                .location(URI.create("artifacts/" + created.getId()))
                .build();
    }

    /**
     * Creates an artifact from an uploaded file (part {@code file}: PDF, DOCX, Markdown or text) and optional
     * metadata (part {@code metadata}: the JSON of {@link #create}). The file is read before anything is
     * saved, so a file that cannot be read is refused (422) and leaves nothing behind.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(List<EntityPart> parts) {
        long owner = caller.id();
        EntityPart file = part(parts, "file").orElseThrow(() -> ApplicationProblem.invalidField("file",
                "a part named file with the document is required"));
        ArtifactDraft metadata = part(parts, "metadata").map(ArtifactResource::metadata).orElse(null);
        SourceText source = artifacts.readUpload(owner, file.getContent(), file.getFileName().orElse(null));
        ArtifactDraft draft = ArtifactDraft.forUpload(metadata, source);
        Artifact created = intake.create(owner, draft, source);
        return Response.accepted(assembler.response(owner, created))
                .location(URI.create("artifacts/" + created.getId()))
                .build();
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    private static ArtifactDraft metadata(EntityPart part) {
        try {
            return JsonColumn.read(new String(part.getContent().readNBytes(MAX_METADATA_BYTES), StandardCharsets.UTF_8),
                    ArtifactDraft.class);
        } catch (JsonbException e) {
            throw ApplicationProblem.invalidField("metadata", "must be the JSON of an artifact");
        } catch (IOException e) {
            throw ApplicationProblem.invalidField("metadata", "could not be read");
        }
    }

    /** {@code ?q=&kind=&label=&skill=&from=&to=&sort=startedOn,desc&page=0&size=20}. */
    @GET
    public PageResponse<ArtifactResponse> list(@QueryParam("q") String q, @QueryParam("kind") String kind,
            @QueryParam("label") String label, @QueryParam("skill") String skill, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("sort") String sort, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        long owner = caller.id();
        Long labelId = id("label", label);
        if (labelId != null) {
            labels.find(owner, labelId);
        }
        ArtifactQuery query = new ArtifactQuery(constant("kind", kind, ArtifactKind.class), date("from", from),
                date("to", to), labelId, q, skill, sort,
                integer("page", page, 0), integer("size", size, 20));
        Page<Artifact> found = artifacts.list(owner, query);
        return new PageResponse<>(assembler.responses(owner, found.items()), found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    public ArtifactResponse find(@PathParam("id") long id) {
        return assembler.response(caller.id(), artifacts.find(caller.id(), id));
    }

    /** Replaces the artifact's fields; it is processed again ({@code 202}). */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, ArtifactDraft draft) {
        ArtifactDraft given = required(draft);
        if (!given.evidenceLinks().isEmpty() || !given.labelIds().isEmpty()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT,
                    "An existing artifact's evidence links and labels change through /artifacts/{id}/evidence and"
                            + " /labels/{id}/artifacts", List.of(new ApplicationProblem.FieldProblem("evidenceLinks",
                            "not accepted here"), new ApplicationProblem.FieldProblem("labelIds", "not accepted here")));
        }
        return Response.accepted(assembler.response(caller.id(), artifacts.update(caller.id(), id, given))).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        artifacts.delete(caller.id(), id);
        return Response.noContent().build();
    }

    private static ArtifactDraft required(ArtifactDraft draft) {
        if (draft == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "An artifact is required in the body");
        }
        return draft;
    }
}
