package dev.cvtailor.platform.rest;

import java.util.List;
import java.util.Set;

import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.control.FeatureFlags;
import dev.cvtailor.platform.control.FeatureFlags.Feature;
import dev.cvtailor.platform.control.FeatureFlags.FlagChange;
import dev.cvtailor.platform.control.FeatureFlags.FlagState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The feature flags in force, and an installation admin's change of one (audited, shared by every replica). */
@Path("admin/features")
@RolesAllowed("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FeatureResource {

    /** A flag as the API shows it. */
    public record FeatureView(String key, boolean enabled, int percentage, Set<Long> organisations, Set<Long> users,
            String source, String updatedAt) {

        static FeatureView of(FlagState state) {
            return new FeatureView(state.feature().key, state.enabled(), state.percentage(), state.organisations(),
                    state.users(), state.stored() ? "admin" : "configuration",
                    state.updatedAt() == null ? null : state.updatedAt().toString());
        }
    }

    /** The body of a change: what is left out stays as it is. */
    public record FeatureChange(Boolean enabled, Integer percentage, Set<Long> organisations, Set<Long> users) {
    }

    @Inject
    FeatureFlags features;

    @Inject
    Caller caller;

    @GET
    public List<FeatureView> features() {
        return features.all().stream().map(FeatureView::of).toList();
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeatureView change(@PathParam("key") String key, FeatureChange change) {
        Feature feature = Feature.named(key).orElseThrow(() -> new ApplicationProblem(
                ApplicationProblem.Kind.NOT_FOUND, "There is no feature flag " + key));
        if (change == null) {
            throw ApplicationProblem.invalidField("enabled", "name at least one of enabled, percentage, organisations, users");
        }
        return FeatureView.of(features.change(feature, new FlagChange(change.enabled(), change.percentage(),
                change.organisations(), change.users()), caller.id()).after());
    }
}
