package dev.cvtailor.artifacts.entity;

/** The text read from an uploaded file, with the file's name and the type its bytes showed. */
public record SourceText(String text, String fileName, String mediaType) {
}
