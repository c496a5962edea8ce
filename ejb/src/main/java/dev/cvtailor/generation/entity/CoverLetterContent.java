package dev.cvtailor.generation.entity;

import java.util.List;

import dev.cvtailor.generation.entity.CvContent.Header;

/** The structured content of a cover letter: each paragraph names the artifacts behind what it says. */
public record CoverLetterContent(Header header, Recipient recipient, List<Paragraph> paragraphs, String closing) {

    /** Who the letter goes to: the employer, the role, and the person the posting names (or null). */
    public record Recipient(String company, String role, String person) {
    }

    public record Paragraph(String text, List<Long> artifactIds) {

        public Paragraph {
            artifactIds = artifactIds == null ? List.of()
                    : artifactIds.stream().filter(java.util.Objects::nonNull).toList();
        }
    }

    public CoverLetterContent {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    /**
     * "Dear Jane Smith," when the posting names whom to write to, else "Dear Hiring Team at Pixelharbor Studio,":
     * the employer by name whenever the posting gives it.
     */
    public String salutation() {
        if (recipient != null && recipient.person() != null && !recipient.person().isBlank()) {
            return "Dear " + recipient.person().strip() + ",";
        }
        String company = recipient == null ? null : recipient.company();
        return company == null || company.isBlank() ? "Dear Hiring Team," : "Dear Hiring Team at " + company + ",";
    }
}
