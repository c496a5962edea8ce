package dev.cvtailor.reviews.entity;

import java.time.Instant;
import java.util.List;

/** A comment with its replies, as both sides of a review see it. */
public record CommentView(long id, Anchor anchor, String text, String suggestion, SuggestionState suggestionState,
        Long authorId, String author, boolean resolved, Instant createdAt, List<CommentView> replies) {
}
