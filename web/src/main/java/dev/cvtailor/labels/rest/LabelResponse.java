package dev.cvtailor.labels.rest;

import java.time.Instant;

import dev.cvtailor.labels.entity.Label;

public record LabelResponse(long id, String name, String description, Instant createdAt) {

    public static LabelResponse of(Label label) {
        return new LabelResponse(label.getId(), label.getName(), label.getDescription(), label.getCreatedAt());
    }
}
