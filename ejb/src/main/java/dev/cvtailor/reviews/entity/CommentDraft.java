package dev.cvtailor.reviews.entity;

/** A new comment: where it points, what it says, optionally a wording to put there, or the comment it answers. */
public record CommentDraft(Anchor anchor, String text, String suggestion, Long parentId) {
}
