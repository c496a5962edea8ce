package dev.cvtailor.reviews.rest;

import java.util.List;

import dev.cvtailor.platform.rest.Caller;
import dev.cvtailor.platform.rest.QueryParameters;
import dev.cvtailor.reviews.boundary.ReviewService;
import dev.cvtailor.reviews.entity.CohortInsights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Cohort insights in aggregates, as JSON or as a CSV download ({@code Accept: text/csv}). */
@Path("orgs/{id}/insights")
@RolesAllowed({"user", "admin"})
@RequestScoped
public class InsightsResource {

    @Inject
    ReviewService reviews;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<CohortInsights> insights(@PathParam("id") long id, @QueryParam("cohortId") String cohortId) {
        return reviews.insights(caller.id(), id, QueryParameters.id("cohortId", cohortId));
    }

    @GET
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id, @QueryParam("cohortId") String cohortId) {
        String csv = reviews.insightsCsv(caller.id(), id, QueryParameters.id("cohortId", cohortId));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cohort-insights.csv\"").build();
    }
}
