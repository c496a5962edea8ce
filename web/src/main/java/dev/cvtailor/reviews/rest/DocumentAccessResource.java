package dev.cvtailor.reviews.rest;

import java.util.List;

import dev.cvtailor.platform.rest.Caller;
import dev.cvtailor.reviews.boundary.ReviewService;
import dev.cvtailor.reviews.entity.DocumentReadView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** "Who read my CV": each time someone other than the caller opened one of their submitted documents. */
@Path("me/document-access")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentAccessResource {

    @Inject
    ReviewService reviews;

    @Inject
    Caller caller;

    @GET
    public List<DocumentReadView> reads() {
        return reviews.documentReads(caller.id());
    }
}
