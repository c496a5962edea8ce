package dev.cvtailor.generation.control;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;

import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.ArtifactKind;

/** Artifacts as the database would hand them over: with ids, and processed. */
public final class Artifacts {

    private Artifacts() {
    }

    public static Artifact of(long id, ArtifactKind kind, String title, String role, LocalDate from, List<String> stack) {
        Artifact artifact = new Artifact(7, new ArtifactDraft(kind, title, "Summary of " + title, null, "Acme", role,
                from, null, stack, List.of(), List.of(), List.of(), List.of()));
        try {
            Field field = Artifact.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(artifact, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        artifact.markReady();
        return artifact;
    }
}
