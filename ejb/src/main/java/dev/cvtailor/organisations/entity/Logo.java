package dev.cvtailor.organisations.entity;

/** An organisation's logo as stored: PNG re-encoded, or SVG with only drawing left in it. */
public record Logo(byte[] bytes, String mediaType) {

    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";
}
