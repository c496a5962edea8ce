package dev.cvtailor.reviews.rest;

import java.net.URI;

import dev.cvtailor.platform.rest.Caller;
import dev.cvtailor.reviews.boundary.ReviewService;
import dev.cvtailor.reviews.entity.ReviewSummary;
import dev.cvtailor.reviews.rest.ReviewRequests.Submission;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The owner submits a version of a document to their organisation's counsellors. */
@Path("documents/{id}/reviews")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentReviewResource {

    @Inject
    ReviewService reviews;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("id") long documentId, Submission body) {
        ReviewSummary review = reviews.submit(caller.id(), documentId, body == null ? null : body.note(),
                body == null ? null : body.counsellorId());
        return Response.created(URI.create("reviews/" + review.id())).entity(ReviewResponse.summary(review)).build();
    }
}
