package dev.cvtailor.platform.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The feature flags in force (MicroProfile Config; all on unless configured off). */
@Path("admin/features")
@RolesAllowed("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FeatureResource {

    static final List<String> FLAGS = List.of("feature.artifact_upload.enabled", "feature.cv_generation.enabled",
            "feature.cover_letter.enabled", "feature.export.pdf_enabled", "feature.export.docx_enabled");

    @Inject
    Config config;

    @GET
    public Map<String, Boolean> features() {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        FLAGS.forEach(flag -> flags.put(flag, config.getOptionalValue(flag, Boolean.class).orElse(true)));
        return flags;
    }
}
