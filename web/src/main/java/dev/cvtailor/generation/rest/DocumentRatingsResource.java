package dev.cvtailor.generation.rest;

import java.util.Map;

import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.generation.boundary.GenerationService.RatingSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** For admins: how users rate the documents' relevance (goal ≥ 8/10), per generator ({@code llm}, {@code template}). */
@Path("admin/document-ratings")
@RolesAllowed("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentRatingsResource {

    @Inject
    GenerationService generation;

    @GET
    public Map<String, RatingSummary> ratings() {
        return generation.ratings();
    }
}
