package dev.cvtailor.platform.rest;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** An RFC 9457 problem detail, the body of every error the API returns. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "correlationId", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, String correlationId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://cvtailor.dev/problems/";

    /** One field of the request that is wrong, and why. */
    public record FieldError(String field, String message) {
    }
}
