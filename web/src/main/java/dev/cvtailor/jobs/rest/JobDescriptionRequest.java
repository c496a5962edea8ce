package dev.cvtailor.jobs.rest;

/** {@code POST /job-descriptions}: the posting's text, with its title, company and address when known. */
public record JobDescriptionRequest(String text, String title, String company, String url) {
}
