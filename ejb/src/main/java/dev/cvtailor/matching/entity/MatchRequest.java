package dev.cvtailor.matching.entity;

import java.util.List;

/** What to match: a stored job description or a posting's text, optionally only artifacts with given labels. */
public record MatchRequest(Long jobDescriptionId, String jobDescription, List<Long> labelIds) {

    public MatchRequest {
        labelIds = labelIds == null ? List.of() : labelIds;
    }
}
