package dev.cvtailor.skills.entity;

import java.util.List;

/** A skill read from an outside taxonomy (ESCO, O*NET), before it is merged into ours. */
public record TaxonomyEntry(String name, String category, List<String> aliases, String source, String externalId) {

    public TaxonomyEntry {
        aliases = List.copyOf(aliases);
    }
}
