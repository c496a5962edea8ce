package dev.cvtailor.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.control.FeatureFlags.Feature;

class FeatureFlagsTest {

    /** A configuration holding only the given booleans. */
    private static FeatureFlags flags(Map<String, Boolean> values) {
        FeatureFlags flags = new FeatureFlags();
        flags.config = (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return Optional.ofNullable(values.get((String) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return flags;
    }

    @Test
    void everyFeatureIsOnUnlessSwitchedOff() {
        FeatureFlags flags = flags(Map.of("feature.export.pdf_enabled", false));
        flags.require(Feature.CV_GENERATION);
        ApplicationProblem refused = assertThrows(ApplicationProblem.class, () -> flags.require(Feature.EXPORT_PDF));
        assertEquals(403, refused.kind().status);
        assertEquals(false, flags.all().get("feature.export.pdf_enabled"));
        assertEquals(true, flags.all().get("feature.export.docx_enabled"));
        assertEquals(Feature.values().length, flags.all().size());
    }
}
