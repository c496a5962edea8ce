package dev.cvtailor.accounts.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.group;
    }

    @Override
    public Role convertToEntityAttribute(String group) {
        return group == null ? null : Role.ofGroup(group);
    }
}
