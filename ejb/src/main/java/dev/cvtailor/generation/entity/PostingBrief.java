package dev.cvtailor.generation.entity;

import java.util.List;

import dev.cvtailor.jobs.entity.ParsedJobDescription.Keyword;

/**
 * What generation needs of the job description: the role and employer it names, its keywords (critical ones
 * first) and what it says of the employer. Its text is data, never instructions.
 */
public record PostingBrief(String title, String company, String text, List<Keyword> keywords,
        List<String> domains, List<String> values) {

    public PostingBrief {
        keywords = List.copyOf(keywords);
        domains = List.copyOf(domains);
        values = List.copyOf(values);
    }
}
