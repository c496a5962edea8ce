package dev.cvtailor.identity.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.cvtailor.identity.entity.ExternalProfile;
import dev.cvtailor.identity.entity.Grant;
import dev.cvtailor.identity.entity.RuleDefinition;
import dev.cvtailor.organisations.entity.OrgRole;

/**
 * Works out what the rules grant one sign-in. Any matching rule may make the person installation admin; the first
 * matching rule that names an organisation picks it; the highest role any matching rule gives in that organisation
 * wins (member when none names one), and the cohorts of all those rules add up.
 */
public final class RuleMatcher {

    private RuleMatcher() {
    }

    public static Grant grantFor(ExternalProfile profile, List<RuleDefinition> rules) {
        List<RuleDefinition> matching = rules.stream().filter(rule -> matches(rule, profile)).toList();
        boolean admin = matching.stream().anyMatch(RuleDefinition::installationAdmin);
        String organisation = matching.stream().map(RuleDefinition::organisation)
                .filter(slug -> slug != null && !slug.isBlank()).map(RuleMatcher::key).findFirst().orElse(null);
        if (organisation == null) {
            return new Grant(admin, null, null, Set.of());
        }
        OrgRole role = OrgRole.MEMBER;
        Set<String> cohorts = new LinkedHashSet<>();
        for (RuleDefinition rule : matching) {
            if (rule.organisation() == null || !key(rule.organisation()).equals(organisation)) {
                continue;
            }
            OrgRole given = OrgRole.parse(rule.role());
            if (given != null && given.ordinal() > role.ordinal()) {
                role = given;
            }
            if (rule.cohort() != null && !rule.cohort().isBlank()) {
                cohorts.add(rule.cohort().strip());
            }
        }
        return new Grant(admin, organisation, role, Set.copyOf(cohorts));
    }

    static boolean matches(RuleDefinition rule, ExternalProfile profile) {
        if (rule.provider() != null && !rule.provider().isBlank() && !rule.provider().equals(profile.providerId())) {
            return false;
        }
        Pattern wanted = pattern(rule.value());
        return profile.values(rule.claim()).stream()
                .flatMap(value -> names(value).stream())
                .anyMatch(value -> wanted.matcher(value).matches());
    }

    /**
     * The forms a value can be matched by: itself, without a leading '/' (Keycloak's group paths), and for an LDAP
     * distinguished name the value of its first RDN ({@code cn=career-counsellors,ou=groups,...} → career-counsellors).
     */
    static Set<String> names(String value) {
        Set<String> names = new LinkedHashSet<>();
        String clean = key(value);
        names.add(clean);
        if (clean.startsWith("/")) {
            names.add(clean.substring(1));
        }
        int equals = clean.indexOf('=');
        if (equals > 0 && clean.indexOf(',') > equals) {
            names.add(clean.substring(equals + 1, clean.indexOf(',')).strip());
        }
        return names;
    }

    private static Pattern pattern(String value) {
        String[] parts = key(value).split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(Pattern.quote(parts[i]));
            if (i < parts.length - 1) {
                regex.append(".*");
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** Values compare without regard to case or the blanks an LDAP DN may carry after its commas. */
    private static String key(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replaceAll("\\s*,\\s*", ",");
    }
}
