package dev.cvtailor.platform.rest;

import java.util.Map;

import dev.cvtailor.platform.control.FeatureFlags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The feature switches in force, as the services apply them. */
@Path("admin/features")
@RolesAllowed("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FeatureResource {

    @Inject
    FeatureFlags features;

    @GET
    public Map<String, Boolean> features() {
        return features.all();
    }
}
