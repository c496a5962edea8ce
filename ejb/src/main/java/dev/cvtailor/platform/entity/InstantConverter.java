package dev.cvtailor.platform.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores instants in {@code timestamp with time zone} columns as UTC. Liberty's EclipseLink 4.0 does not map
 * {@code Instant} as a basic type (it serialises it to bytes); {@code OffsetDateTime} it binds natively on
 * H2 and PostgreSQL alike.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
