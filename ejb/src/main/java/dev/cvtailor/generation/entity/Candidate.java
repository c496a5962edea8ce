package dev.cvtailor.generation.entity;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The contact details a user wants on one document. They live only inside the documents made from them: the
 * account keeps its email and nothing more.
 */
public record Candidate(
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 320) String email,
        @Size(max = 50) String phone,
        @Size(max = 200) String location,
        @Size(max = 10) List<@NotBlank @Size(max = 500) String> links) {

    public Candidate {
        links = links == null ? List.of() : List.copyOf(links);
    }
}
