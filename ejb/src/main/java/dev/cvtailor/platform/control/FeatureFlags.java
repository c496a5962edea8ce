package dev.cvtailor.platform.control;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.config.Config;

import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The feature switches of ARCHITECTURE.md, read from MicroProfile Config (so from server variables or the
 * environment, e.g. {@code FEATURE_EXPORT_PDF_ENABLED=false}); every feature is on unless switched off.
 */
@ApplicationScoped
public class FeatureFlags {

    /** A feature that can be switched off, and its configuration key. */
    public enum Feature {
        ARTIFACT_UPLOAD("feature.artifact_upload.enabled"),
        CV_GENERATION("feature.cv_generation.enabled"),
        COVER_LETTER("feature.cover_letter.enabled"),
        EXPORT_PDF("feature.export.pdf_enabled"),
        EXPORT_DOCX("feature.export.docx_enabled");

        public final String key;

        Feature(String key) {
            this.key = key;
        }
    }

    @Inject
    Config config;

    public boolean isOn(Feature feature) {
        return config.getOptionalValue(feature.key, Boolean.class).orElse(true);
    }

    /** Refuses (403) what a switched-off feature would do. */
    public void require(Feature feature) {
        if (!isOn(feature)) {
            throw new ApplicationProblem(ApplicationProblem.Kind.FEATURE_OFF,
                    "This feature is switched off on this installation (" + feature.key + ")");
        }
    }

    /** Every switch and its state, by configuration key. */
    public Map<String, Boolean> all() {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (Feature feature : Feature.values()) {
            flags.put(feature.key, isOn(feature));
        }
        return flags;
    }
}
