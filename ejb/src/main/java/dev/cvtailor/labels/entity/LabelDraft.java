package dev.cvtailor.labels.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a user submits to create or rename a label. */
public record LabelDraft(@NotBlank @Size(max = 100) String name, @Size(max = 1000) String description) {
}
