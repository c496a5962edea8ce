package dev.cvtailor.reviews.rest;

import java.net.URI;

import dev.cvtailor.generation.entity.GeneratedDocument;
import dev.cvtailor.generation.rest.DocumentResponse;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.entity.Page;
import dev.cvtailor.platform.rest.Caller;
import dev.cvtailor.platform.rest.QueryParameters;
import dev.cvtailor.reviews.boundary.ReviewService;
import dev.cvtailor.reviews.entity.CommentDraft;
import dev.cvtailor.reviews.entity.QueueFilter;
import dev.cvtailor.reviews.entity.ReviewComment;
import dev.cvtailor.reviews.entity.ReviewState;
import dev.cvtailor.reviews.rest.ReviewRequests.Decision;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Submissions: a counsellor's queue or a member's own list, one opened, its comments, the decision. */
@Path("reviews")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @Inject
    Caller caller;

    /** The caller's queue (counsellors, org admins), or their own submissions ({@code mine=true}, and for members). */
    @GET
    public Page<ReviewResponse> list(@QueryParam("mine") boolean mine, @QueryParam("state") String state,
            @QueryParam("cohortId") String cohortId, @QueryParam("minAgeHours") String minAgeHours,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        QueueFilter filter = new QueueFilter(mine, QueryParameters.constant("state", state, ReviewState.class),
                QueryParameters.id("cohortId", cohortId), QueryParameters.integer("minAgeHours", minAgeHours, 0),
                QueryParameters.integer("page", page, 0), QueryParameters.integer("size", size, 20));
        return reviews.list(caller.id(), filter).map(ReviewResponse::summary);
    }

    @GET
    @Path("{id}")
    public ReviewResponse open(@PathParam("id") long id) {
        return ReviewResponse.of(reviews.open(caller.id(), id));
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") long id, CommentDraft draft) {
        ReviewComment comment = reviews.comment(caller.id(), id, draft);
        return Response.created(URI.create("reviews/" + id + "/comments/" + comment.getId()))
                .entity(new Created(comment.getId())).build();
    }

    /** The id of what was made. */
    public record Created(long id) {
    }

    @POST
    @Path("{id}/comments/{commentId}/resolve")
    public Response resolve(@PathParam("id") long id, @PathParam("commentId") long commentId) {
        reviews.resolve(caller.id(), id, commentId);
        return Response.noContent().build();
    }

    /** The owner takes a suggested wording: the answer is the new document version. */
    @POST
    @Path("{id}/comments/{commentId}/accept")
    public DocumentResponse accept(@PathParam("id") long id, @PathParam("commentId") long commentId) {
        GeneratedDocument revised = reviews.acceptSuggestion(caller.id(), id, commentId);
        return DocumentResponse.of(revised);
    }

    @POST
    @Path("{id}/comments/{commentId}/reject")
    public Response reject(@PathParam("id") long id, @PathParam("commentId") long commentId) {
        reviews.rejectSuggestion(caller.id(), id, commentId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewResponse decide(@PathParam("id") long id, Decision body) {
        if (body == null) {
            throw ApplicationProblem.invalidField("decision", "must be APPROVED or CHANGES_REQUESTED");
        }
        long me = caller.id();
        reviews.decide(me, id, body.decision(), body.note());
        return ReviewResponse.of(reviews.open(me, id));
    }

    /** The owner withdraws the submission. */
    @DELETE
    @Path("{id}")
    public Response withdraw(@PathParam("id") long id) {
        reviews.withdraw(caller.id(), id);
        return Response.noContent().build();
    }
}
