package dev.cvtailor.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.cvtailor.identity.entity.ExternalProfile;
import dev.cvtailor.identity.entity.Grant;
import dev.cvtailor.identity.entity.ProviderKind;
import dev.cvtailor.identity.entity.RuleDefinition;
import dev.cvtailor.organisations.entity.OrgRole;

class RuleMatcherTest {

    private static final List<RuleDefinition> RULES = List.of(
            new RuleDefinition(null, "groups", "cvtailor-admins", true, null, null, null),
            new RuleDefinition(null, "email", "*@uni-x.example", false, "uni-x", "member", null),
            new RuleDefinition(null, "groups", "cn=career-counsellors,ou=groups,dc=uni-x,dc=example", false, "uni-x",
                    "counsellor", "Counsellors"),
            new RuleDefinition("keycloak", "groups", "uni-x-students", false, "uni-x", "member", "Students 2027"),
            new RuleDefinition(null, "groups", "other-org-staff", false, "other", "org_admin", null));

    private static ExternalProfile profile(String provider, String email, String... groups) {
        return new ExternalProfile(provider, ProviderKind.OIDC, "sub-1", email, "A Person",
                Map.of(ExternalProfile.GROUPS, List.of(groups)));
    }

    @Test
    void givesTheHighestRoleAnyMatchingRuleGivesInTheFirstOrganisation() {
        Grant grant = RuleMatcher.grantFor(profile("directory", "c@uni-x.example",
                "CN=Career-Counsellors, OU=Groups, DC=uni-x, DC=example", "other-org-staff"), RULES);
        assertEquals("uni-x", grant.organisation());
        assertEquals(OrgRole.COUNSELLOR, grant.role());
        assertEquals(Set.of("Counsellors"), grant.cohorts());
        assertFalse(grant.installationAdmin());
    }

    @Test
    void matchesAnLdapGroupByItsCommonNameAndAKeycloakGroupPathWithoutItsSlash() {
        List<RuleDefinition> byName = List.of(
                new RuleDefinition(null, "groups", "career-counsellors", false, "uni-x", "counsellor", null));
        assertEquals(OrgRole.COUNSELLOR, RuleMatcher.grantFor(profile("directory", "c@elsewhere.example",
                "cn=career-counsellors,ou=groups,dc=uni-x,dc=example"), byName).role());
        assertEquals(OrgRole.COUNSELLOR, RuleMatcher.grantFor(profile("keycloak", "c@elsewhere.example",
                "/career-counsellors"), byName).role());
    }

    @Test
    void limitsARuleToItsProvider() {
        Grant viaKeycloak = RuleMatcher.grantFor(profile("keycloak", "s@elsewhere.example", "uni-x-students"), RULES);
        assertEquals(Set.of("Students 2027"), viaKeycloak.cohorts());
        Grant viaSaml = RuleMatcher.grantFor(profile("shibboleth", "s@elsewhere.example", "uni-x-students"), RULES);
        assertNull(viaSaml.organisation(), "the rule is for the keycloak provider only");
    }

    @Test
    void grantsNothingWhenNoRuleMatchesAndAdminWhereOneSaysSo() {
        Grant none = RuleMatcher.grantFor(profile("keycloak", "x@elsewhere.example", "nothing"), RULES);
        assertEquals(Grant.NOTHING, none);
        Grant admin = RuleMatcher.grantFor(profile("keycloak", "x@elsewhere.example", "CVTailor-Admins"), RULES);
        assertTrue(admin.installationAdmin());
        assertNull(admin.organisation());
    }

    @Test
    void aWildcardMatchesOnlyWhatItSpellsOut() {
        assertEquals(OrgRole.MEMBER, RuleMatcher.grantFor(profile("keycloak", "a.b@uni-x.example"), RULES).role());
        assertNull(RuleMatcher.grantFor(profile("keycloak", "a.b@uni-x.example.evil.test"), RULES).organisation());
        assertNull(RuleMatcher.grantFor(profile("keycloak", "uni-x.example@evil.test"), RULES).organisation());
    }
}
