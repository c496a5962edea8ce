package dev.cvtailor.generation.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.generation.entity.SourceArtifact;

/** Years of experience, counted from the user's positions: overlapping positions count once. */
public final class Experience {

    private Experience() {
    }

    public static int years(List<SourceArtifact> sources, LocalDate today) {
        List<LocalDate[]> spans = new ArrayList<>();
        for (SourceArtifact source : sources) {
            if (source.kind() == ArtifactKind.POSITION && source.startedOn() != null
                    && !source.startedOn().isAfter(today)) {
                LocalDate end = source.endedOn() == null || source.endedOn().isAfter(today) ? today : source.endedOn();
                if (!end.isBefore(source.startedOn())) {
                    spans.add(new LocalDate[] {source.startedOn(), end});
                }
            }
        }
        spans.sort(Comparator.comparing(span -> span[0]));
        long days = 0;
        LocalDate coveredUntil = null;
        for (LocalDate[] span : spans) {
            LocalDate from = coveredUntil != null && coveredUntil.isAfter(span[0]) ? coveredUntil : span[0];
            if (span[1].isAfter(from)) {
                days += ChronoUnit.DAYS.between(from, span[1]);
                coveredUntil = span[1];
            }
        }
        return (int) (days / 365.25);
    }
}
