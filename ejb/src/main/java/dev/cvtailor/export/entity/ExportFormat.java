package dev.cvtailor.export.entity;

import java.util.Locale;

/** The file formats a document can be exported to. */
public enum ExportFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    public final String mediaType;
    public final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The format named in a request ("pdf", "docx"), or {@code null} when there is no such format. */
    public static ExportFormat named(String name) {
        if (name == null) {
            return null;
        }
        for (ExportFormat format : values()) {
            if (format.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }
}
