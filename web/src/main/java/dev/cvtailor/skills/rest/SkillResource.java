package dev.cvtailor.skills.rest;

import static dev.cvtailor.platform.rest.QueryParameters.integer;

import java.util.List;

import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.skills.boundary.SkillService;
import dev.cvtailor.skills.entity.SkillView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /skills?q=&limit=}: the taxonomy, searched by any spelling. */
@Path("skills")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SkillResource {

    static final int MAX_LIMIT = 100;
    static final int MAX_QUERY = 200;

    @Inject
    SkillService skills;

    @GET
    public List<SkillView> search(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        int max = integer("limit", limit, 20);
        if (max < 1 || max > MAX_LIMIT) {
            throw ApplicationProblem.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (q != null && q.length() > MAX_QUERY) {
            throw ApplicationProblem.invalidField("q", "must have at most " + MAX_QUERY + " characters");
        }
        return skills.search(q, max);
    }
}
