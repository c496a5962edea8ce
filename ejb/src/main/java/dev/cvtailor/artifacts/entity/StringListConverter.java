package dev.cvtailor.artifacts.entity;

import java.util.ArrayList;
import java.util.List;

import dev.cvtailor.platform.entity.JsonColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Keeps a short list of names (stack, collaborators) as a JSON array in one column. */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    private static final java.lang.reflect.Type LIST_OF_STRINGS = new ArrayList<String>() { }.getClass()
            .getGenericSuperclass();

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null || values.isEmpty() ? null : JsonColumn.write(values);
    }

    @Override
    public List<String> convertToEntityAttribute(String json) {
        List<String> values = JsonColumn.read(json, LIST_OF_STRINGS);
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
