package dev.cvtailor.export.entity;

/**
 * An organisation's logo for the header of its members' exports: the image as stored (PNG or sanitised SVG) and the
 * words that stand for it for a screen reader or a parser. It never replaces text: the name stays text.
 */
public record Letterhead(byte[] image, String mediaType, String altText) {

    public boolean svg() {
        return "image/svg+xml".equals(mediaType);
    }
}
