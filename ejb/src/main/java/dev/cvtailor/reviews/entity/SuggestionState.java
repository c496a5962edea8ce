package dev.cvtailor.reviews.entity;

/** What the member did with a suggested wording. */
public enum SuggestionState {
    PENDING, ACCEPTED, REJECTED
}
