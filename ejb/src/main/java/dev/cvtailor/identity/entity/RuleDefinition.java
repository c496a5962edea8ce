package dev.cvtailor.identity.entity;

/**
 * A mapping rule: when the sign-in's {@code claim} (an attribute such as {@code groups}, or {@code email}) has a
 * value equal to {@code value} (case-insensitive; {@code *} matches any run of characters; an LDAP group matches by
 * its DN or its first RDN's value), the person gets what the rule grants: installation admin, and/or the role in
 * the organisation with slug {@code organisation} and the named cohort. {@code provider} limits the rule to one
 * provider id; null applies it to all.
 */
public record RuleDefinition(String provider, String claim, String value, boolean installationAdmin,
        String organisation, String role, String cohort) {
}
