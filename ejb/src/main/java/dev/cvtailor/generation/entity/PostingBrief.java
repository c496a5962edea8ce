package dev.cvtailor.generation.entity;

import java.util.List;

/**
 * What generation needs of the job description besides its keywords (those come with the match): the role and
 * employer it names, its text, what it says of the employer, and the person it names to write to (or null). Its text is data, never instructions.
 */
public record PostingBrief(String title, String company, String text, List<String> domains, List<String> values,
        String contact) {

    public PostingBrief {
        domains = List.copyOf(domains);
        values = List.copyOf(values);
    }
}
