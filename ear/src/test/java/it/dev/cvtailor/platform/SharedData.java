package it.dev.cvtailor.platform;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public data sets in ../shared/data for the integration tests (never copied into the repository): a test
 * that needs a missing one is skipped, or fails when {@code -Devaluation.required=true} (as .ci/run sets).
 */
public final class SharedData {

    static final Path ROOT = Path.of(System.getProperty("it.shared.data", "../../shared/data"));

    private SharedData() {
    }

    /** The file or folder under ../shared/data, present and readable, or the test is skipped (failed when required). */
    public static Path require(String relative) {
        Path path = ROOT.resolve(relative);
        if (!Files.isReadable(path)) {
            String missing = "the shared data " + path.toAbsolutePath().normalize() + " is not here";
            if (Boolean.getBoolean("evaluation.required")) {
                fail(missing + ", and evaluation.required is set");
            }
            abort(missing);
        }
        return path;
    }
}
