package dev.cvtailor.reviews.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.Component;

import dev.cvtailor.reviews.entity.ReviewState;
import dev.cvtailor.reviews.entity.ReviewSummary;
import dev.cvtailor.reviews.entity.SuggestionState;
import dev.cvtailor.ui.StatusBadge;

/** How the review views word a submission: its state as a badge, how long it has waited, when things happened. */
public final class ReviewTexts {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private ReviewTexts() {
    }

    /** The state in words, coloured by what it means for the member, readable without the colour. */
    public static StatusBadge state(Component where, ReviewState state) {
        StatusBadge.Tone tone = switch (state) {
            case APPROVED -> StatusBadge.Tone.SUCCESS;
            case CHANGES_REQUESTED -> StatusBadge.Tone.WARNING;
            case SUBMITTED, IN_REVIEW, WITHDRAWN, RESUBMITTED -> StatusBadge.Tone.NEUTRAL;
        };
        StatusBadge badge = new StatusBadge(where.getTranslation("reviewState." + state.name()), tone);
        badge.getElement().setAttribute("data-state", state.name());
        return badge;
    }

    /** What the owner did with a suggested wording, as a badge. */
    public static StatusBadge suggestionState(Component where, SuggestionState state) {
        StatusBadge badge = new StatusBadge(where.getTranslation("suggestionState." + state.name()), switch (state) {
            case ACCEPTED -> StatusBadge.Tone.SUCCESS;
            case REJECTED -> StatusBadge.Tone.NEUTRAL;
            case PENDING -> StatusBadge.Tone.WARNING;
        });
        badge.addClassName("suggestion-state");
        return badge;
    }

    /** "CV v3" or "Cover letter v2". */
    public static String what(Component where, ReviewSummary review) {
        return where.getTranslation("review.what", where.getTranslation("documentKind." + review.kind().name()),
                review.version());
    }

    /** How long it has waited, as a person says it: "12 min", "3 h 20 min", "2 days 4 h". */
    public static String waiting(Component where, Instant since, Instant now) {
        Duration waited = Duration.between(since, now);
        if (waited.isNegative()) {
            waited = Duration.ZERO;
        }
        long days = waited.toDays();
        long hours = waited.toHoursPart();
        long minutes = waited.toMinutesPart();
        if (days > 0) {
            return where.getTranslation("waiting.days", days, hours);
        }
        if (hours > 0) {
            return where.getTranslation("waiting.hours", hours, minutes);
        }
        return where.getTranslation("waiting.minutes", minutes);
    }

    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
