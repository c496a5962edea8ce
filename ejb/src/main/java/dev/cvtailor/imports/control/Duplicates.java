package dev.cvtailor.imports.control;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ArtifactDraft;

/**
 * Finds the artifact a proposal repeats: the same kind, the same title (or, for a position, role) and the same
 * organisation, written in any case or spacing, with dates that overlap (an entry without dates overlaps any).
 */
public final class Duplicates {

    private Duplicates() {
    }

    public static Optional<Long> of(ArtifactDraft draft, List<Artifact> existing) {
        return existing.stream()
                .filter(a -> a.getKind() == draft.kind())
                .filter(a -> same(a.getTitle(), draft.title()) || same(a.getRole(), draft.title())
                        || same(a.getTitle(), draft.role()) && draft.role() != null)
                .filter(a -> same(a.getOrganisation(), draft.organisation()))
                .filter(a -> overlap(a.getStartedOn(), a.getEndedOn(), draft.startedOn(), draft.endedOn()))
                .map(Artifact::getId)
                .findFirst();
    }

    private static boolean same(String a, String b) {
        return Objects.equals(key(a), key(b));
    }

    private static String key(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean overlap(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2) {
        if (from1 == null && to1 == null || from2 == null && to2 == null) {
            return true;
        }
        LocalDate start1 = from1 != null ? from1 : to1;
        LocalDate start2 = from2 != null ? from2 : to2;
        LocalDate end1 = to1 != null ? to1 : LocalDate.MAX;
        LocalDate end2 = to2 != null ? to2 : LocalDate.MAX;
        return !start1.isAfter(end2) && !start2.isAfter(end1);
    }
}
