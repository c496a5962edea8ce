package dev.cvtailor.export.entity;

/** The bytes of one export, with what a download needs to name them. */
public record ExportedFile(long exportId, ExportFormat format, String fileName, byte[] bytes) {
}
