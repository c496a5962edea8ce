package dev.cvtailor.generation.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class DocumentKindConverter implements AttributeConverter<DocumentKind, String> {

    @Override
    public String convertToDatabaseColumn(DocumentKind kind) {
        return kind == null ? null : kind.code;
    }

    @Override
    public DocumentKind convertToEntityAttribute(String code) {
        return code == null ? null : DocumentKind.ofCode(code);
    }
}
