package dev.cvtailor.platform.entity;

import java.lang.reflect.Type;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** The one JSON-B instance with which rows store structured values (lists, documents) as JSON text. */
public final class JsonColumn {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonColumn() {
    }

    public static String write(Object value) {
        return value == null ? null : JSONB.toJson(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return json == null || json.isBlank() ? null : JSONB.fromJson(json, type);
    }

    public static <T> T read(String json, Type type) {
        return json == null || json.isBlank() ? null : JSONB.fromJson(json, type);
    }
}
