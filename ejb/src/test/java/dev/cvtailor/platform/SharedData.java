package dev.cvtailor.platform;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public data sets in ../shared/data, which are never copied into the repository. A test that needs one is
 * skipped, with the reason, on a machine without it; with {@code -Devaluation.required=true} (as .ci/run sets) a
 * missing file fails the test instead, so an evaluation cannot pass by not running.
 */
public final class SharedData {

    /** The folder holding the data sets: {@code -Dshared.data}, else ../shared/data beside the checkout. */
    public static final Path ROOT = Path.of(System.getProperty("shared.data", "../../shared/data"));
    static final boolean REQUIRED = Boolean.getBoolean("evaluation.required");

    private SharedData() {
    }

    /** The file or folder under {@link #ROOT}, present and readable, or the test is skipped (failed when required). */
    public static Path require(String relative) {
        Path path = ROOT.resolve(relative);
        if (!Files.isReadable(path)) {
            String missing = "the shared data " + path.toAbsolutePath().normalize() + " is not here";
            if (REQUIRED) {
                fail(missing + ", and evaluation.required is set");
            }
            abort(missing);
        }
        return path;
    }

    /** The file or folder under {@link #ROOT} if it is here; absent, nothing (a failure when required). */
    public static java.util.Optional<Path> find(String relative) {
        Path path = ROOT.resolve(relative);
        if (Files.isReadable(path)) {
            return java.util.Optional.of(path);
        }
        if (REQUIRED) {
            fail("the shared data " + path.toAbsolutePath().normalize() + " is not here, and evaluation.required is set");
        }
        return java.util.Optional.empty();
    }
}
