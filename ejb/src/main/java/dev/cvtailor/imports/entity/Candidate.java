package dev.cvtailor.imports.entity;

import java.util.List;

/**
 * The contact details at the head of an imported CV. They are offered to the candidate form, which keeps them in
 * the browser: the server never stores them.
 */
public record Candidate(String name, String email, String phone, String location, List<String> links) {

    public static final Candidate NONE = new Candidate(null, null, null, null, List.of());

    public Candidate {
        links = links == null ? List.of() : List.copyOf(links);
    }
}
