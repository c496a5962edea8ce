package dev.cvtailor.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.LongStream;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.control.FeatureFlags.Feature;
import dev.cvtailor.platform.entity.FeatureFlagRow;
import jakarta.enterprise.inject.Instance;

class FeatureFlagsTest {

    /** Flags over a configuration holding only the given booleans, rows as an admin stored them, and memberships. */
    private static FeatureFlags flags(Map<String, Boolean> values, List<FeatureFlagRow> rows, Map<Long, Long> memberOf) {
        FeatureFlags flags = new FeatureFlags();
        flags.config = proxy(Config.class, (name, args) -> name.equals("getOptionalValue")
                ? Optional.ofNullable(values.get((String) args[0])) : null);
        flags.store = new FeatureFlagStore() {
            @Override
            public List<FeatureFlagRow> all() {
                return rows;
            }
        };
        OrganisationOfUser lookup = user -> memberOf.containsKey(user) ? OptionalLong.of(memberOf.get(user))
                : OptionalLong.empty();
        @SuppressWarnings("unchecked")
        Instance<OrganisationOfUser> instance = proxy(Instance.class, (name, args) -> switch (name) {
            case "isResolvable" -> true;
            case "get" -> lookup;
            default -> null;
        });
        flags.organisations = instance;
        return flags;
    }

    private static FeatureFlagRow row(Feature feature, boolean enabled, int percentage, Set<Long> organisations,
            Set<Long> users) {
        FeatureFlagRow row = new FeatureFlagRow(feature.key);
        row.set(enabled, percentage, organisations, users, 1L, Instant.now());
        return row;
    }

    private interface Answer {
        Object of(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> answer.of(method.getName(), args));
    }

    @Test
    void everyFeatureIsOnUnlessConfigurationSwitchesItOff() {
        FeatureFlags flags = flags(Map.of("feature.export.pdf_enabled", false), List.of(), Map.of());
        flags.require(Feature.CV_GENERATION, 7);
        ApplicationProblem refused = assertThrows(ApplicationProblem.class, () -> flags.require(Feature.EXPORT_PDF, 7));
        assertEquals(403, refused.kind().status);
        assertTrue(refused.getMessage().contains("export_pdf"), refused::getMessage);
        assertFalse(flags.state(Feature.EXPORT_PDF).stored());
        assertEquals(Feature.values().length, flags.all().size());
    }

    @Test
    void anAdminsRowOverridesTheConfiguration() {
        FeatureFlags flags = flags(Map.of("feature.export.pdf_enabled", false),
                List.of(row(Feature.EXPORT_PDF, true, 100, Set.of(), Set.of()),
                        row(Feature.REVIEWS, false, 100, Set.of(), Set.of())), Map.of());
        assertTrue(flags.isOnFor(Feature.EXPORT_PDF, 7));
        assertFalse(flags.isOnFor(Feature.REVIEWS, 7));
        assertTrue(flags.state(Feature.EXPORT_PDF).stored());
    }

    @Test
    void aPercentageRollsOutToAStableShareOfUsers() {
        FeatureFlags flags = flags(Map.of(), List.of(row(Feature.CV_IMPORT, true, 10, Set.of(), Set.of())), Map.of());
        List<Long> in = new ArrayList<>();
        LongStream.rangeClosed(1, 10_000).filter(u -> flags.isOnFor(Feature.CV_IMPORT, u)).forEach(in::add);
        assertTrue(in.size() > 800 && in.size() < 1200, () -> in.size() + " of 10,000 users in a 10 % rollout");
        FeatureFlags again = flags(Map.of(), List.of(row(Feature.CV_IMPORT, true, 10, Set.of(), Set.of())), Map.of());
        assertTrue(in.stream().allMatch(u -> again.isOnFor(Feature.CV_IMPORT, u)), "the same users, on every replica");
        FeatureFlags wider = flags(Map.of(), List.of(row(Feature.CV_IMPORT, true, 50, Set.of(), Set.of())), Map.of());
        assertTrue(in.stream().allMatch(u -> wider.isOnFor(Feature.CV_IMPORT, u)), "widening keeps everyone already in");
    }

    @Test
    void anInvitedBetaLetsInAllowListedUsersAndOrganisationsOnly() {
        FeatureFlags flags = flags(Map.of(), List.of(row(Feature.REVIEWS, true, 0, Set.of(40L), Set.of(3L))),
                Map.of(5L, 40L, 6L, 41L));
        assertTrue(flags.isOnFor(Feature.REVIEWS, 3), "an allow-listed user");
        assertTrue(flags.isOnFor(Feature.REVIEWS, 5), "a member of an allow-listed organisation");
        assertFalse(flags.isOnFor(Feature.REVIEWS, 6), "a member of another organisation");
        assertFalse(flags.isOnFor(Feature.REVIEWS, 8), "a user on their own");
    }

    @Test
    void aFlagSwitchedOffIsOffForTheAllowListsToo() {
        FeatureFlags flags = flags(Map.of(), List.of(row(Feature.REVIEWS, false, 100, Set.of(40L), Set.of(3L))),
                Map.of(5L, 40L));
        assertFalse(flags.isOnFor(Feature.REVIEWS, 3));
        assertFalse(flags.isOnFor(Feature.REVIEWS, 5));
        assertThrows(ApplicationProblem.class, () -> flags.require(Feature.REVIEWS));
    }
}
