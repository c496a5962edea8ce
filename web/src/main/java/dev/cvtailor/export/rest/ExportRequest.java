package dev.cvtailor.export.rest;

/** The body of an export: {@code {"format": "pdf" | "docx", "template": "classic"}}. */
public record ExportRequest(String format, String template) {
}
