package dev.cvtailor.imports.entity;

/** The text read from an uploaded CV, and whether its lines are a page's (a PDF's) or paragraphs. */
public record CvUpload(String text, boolean linesWrap) {
}
