package dev.cvtailor.platform.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;

import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.entity.FeatureChanged;
import dev.cvtailor.platform.entity.FeatureFlagRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The feature flags, switched at run time: an admin's setting is kept in the database ({@code feature_flags}),
 * so every replica shares it, and each replica reads the table again every {@code cvtailor.features.refresh}
 * ({@code PT10S}); a change therefore reaches every replica within that time, the replica it was made on at once.
 * Without a row, the configuration's {@code feature.….enabled} (server variables, the environment) is the default.
 * <p>
 * A flag that is on may be rolled out to a share of users (stable per user: a hash of the flag and the user falls
 * below the percentage) and to allow-listed organisations and users, whatever the percentage: an invited beta is
 * a percentage of 0 with allow-lists, then 10, then 100. A flag that is off is off for everyone.
 */
@ApplicationScoped
public class FeatureFlags {

    /** A feature that can be switched, its key (REST, the problem's detail) and its configuration default. */
    public enum Feature {
        ARTIFACT_UPLOAD("artifact_upload", "feature.artifact_upload.enabled"),
        CV_GENERATION("cv_generation", "feature.cv_generation.enabled"),
        COVER_LETTER("cover_letter", "feature.cover_letter.enabled"),
        EXPORT_PDF("export_pdf", "feature.export.pdf_enabled"),
        EXPORT_DOCX("export_docx", "feature.export.docx_enabled"),
        REVIEWS("reviews", "feature.reviews.enabled"),
        CV_IMPORT("cv_import", "feature.cv_import.enabled"),
        APPLICATION_TRACKER("application_tracker", "feature.application_tracker.enabled"),
        /** Off: documents are written by the template generator, as when no model is configured. */
        LLM_GENERATION("llm_generation", "feature.llm_generation.enabled");

        public final String key;
        public final String configKey;

        Feature(String key, String configKey) {
            this.key = key;
            this.configKey = configKey;
        }

        public static Optional<Feature> named(String key) {
            return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
        }
    }

    /** A flag as in force: from an admin's row, or the configuration's default (stored false). */
    public record FlagState(Feature feature, boolean enabled, int percentage, Set<Long> organisations, Set<Long> users,
            boolean stored, Long updatedBy, Instant updatedAt) {
    }

    private static final Logger LOG = Logger.getLogger(FeatureFlags.class.getName());

    @Inject
    Config config;

    @Inject
    FeatureFlagStore store;

    @Inject
    Instance<OrganisationOfUser> organisations;

    @Inject
    Event<FeatureChanged> changes;

    private volatile Map<Feature, FlagState> states;
    private volatile long readAt;

    /** Whether the feature is switched on at all (for work that has no user to roll out to). */
    public boolean isOn(Feature feature) {
        return state(feature).enabled();
    }

    /** Whether the feature is on for this user: switched on, and the user within its rollout or allow-lists. */
    public boolean isOnFor(Feature feature, long userId) {
        FlagState state = state(feature);
        if (!state.enabled()) {
            return false;
        }
        if (state.percentage() >= 100 || state.users().contains(userId)
                || bucket(feature, userId) < state.percentage()) {
            return true;
        }
        if (state.organisations().isEmpty() || !organisations.isResolvable()) {
            return false;
        }
        return organisations.get().of(userId).stream().anyMatch(state.organisations()::contains);
    }

    /** Refuses (403, naming the flag) what a feature switched off, or not yet rolled out to the user, would do. */
    public void require(Feature feature, long userId) {
        if (!isOnFor(feature, userId)) {
            throw refusal(feature);
        }
    }

    /** Refuses (403) what a feature switched off would do, where there is no user to roll out to. */
    public void require(Feature feature) {
        if (!isOn(feature)) {
            throw refusal(feature);
        }
    }

    public List<FlagState> all() {
        return Arrays.stream(Feature.values()).map(this::state).toList();
    }

    public FlagState state(Feature feature) {
        return current().get(feature);
    }

    /** A flag before and after an admin's change. */
    public record Changed(FlagState before, FlagState after) {
    }

    /** An admin's change: what is not given stays as it is. */
    public record FlagChange(Boolean enabled, Integer percentage, Set<Long> organisations, Set<Long> users) {
    }

    /**
     * Stores an admin's change of a flag (400 for a percentage outside 0–100), in force at once on this replica and
     * within {@code cvtailor.features.refresh} on the others, and tells the audit trail ({@link FeatureChanged});
     * gives back the flag as it was and as it is.
     */
    public Changed change(Feature feature, FlagChange change, long adminId) {
        if (change.percentage() != null && (change.percentage() < 0 || change.percentage() > 100)) {
            throw ApplicationProblem.invalidField("percentage", "must be between 0 and 100");
        }
        if (change.enabled() == null && change.percentage() == null && change.organisations() == null
                && change.users() == null) {
            throw ApplicationProblem.invalidField("enabled", "name at least one of enabled, percentage, organisations, users");
        }
        reread();
        FlagState before = state(feature);
        store.save(feature.key, change.enabled() != null ? change.enabled() : before.enabled(),
                change.percentage() != null ? change.percentage() : before.percentage(),
                change.organisations() != null ? change.organisations() : before.organisations(),
                change.users() != null ? change.users() : before.users(), adminId, Instant.now());
        reread();
        FlagState after = state(feature);
        changes.fire(new FeatureChanged(adminId, feature.key, describe(before), describe(after)));
        return new Changed(before, after);
    }

    private static String describe(FlagState state) {
        return (state.enabled() ? "on" : "off") + " " + state.percentage() + "%"
                + (state.organisations().isEmpty() ? "" : ", organisations " + state.organisations())
                + (state.users().isEmpty() ? "" : ", users " + state.users());
    }

    /** Forgets what was read, so the next question reads the table: after a change made on this replica. */
    public void reread() {
        readAt = 0;
    }

    /** Where a user falls in a flag's rollout, 0–99, the same on every replica and at every start. */
    static int bucket(Feature feature, long userId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((feature.key + ":" + userId).getBytes(StandardCharsets.UTF_8));
            return (int) (Integer.toUnsignedLong(ByteBuffer.wrap(hash).getInt()) % 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApplicationProblem refusal(Feature feature) {
        return new ApplicationProblem(ApplicationProblem.Kind.FEATURE_OFF,
                "This feature is switched off on this installation (flag " + feature.key + ")");
    }

    private Map<Feature, FlagState> current() {
        Map<Feature, FlagState> known = states;
        long refresh = config.getOptionalValue("cvtailor.features.refresh", Duration.class)
                .orElse(Duration.ofSeconds(10)).toNanos();
        if (known != null && System.nanoTime() - readAt < refresh) {
            return known;
        }
        synchronized (this) {
            if (states != null && System.nanoTime() - readAt < refresh) {
                return states;
            }
            Map<Feature, FlagState> read = new EnumMap<>(Feature.class);
            for (Feature feature : Feature.values()) {
                read.put(feature, new FlagState(feature,
                        config.getOptionalValue(feature.configKey, Boolean.class).orElse(true), 100, Set.of(),
                        Set.of(), false, null, null));
            }
            try {
                for (FeatureFlagRow row : store.all()) {
                    Feature.named(row.getKey()).ifPresent(f -> read.put(f, new FlagState(f, row.isEnabled(),
                            row.getPercentage(), row.getOrganisations(), row.getUsers(), true, row.getUpdatedBy(),
                            row.getUpdatedAt())));
                }
            } catch (RuntimeException unreadable) {
                if (states != null) {
                    // keep what this replica knew rather than fall back to the defaults while the database is away
                    LOG.log(Level.WARNING, "Feature flags could not be read again; keeping the last ones", unreadable);
                    return states;
                }
                LOG.log(Level.WARNING, "Feature flags could not be read; the configuration's defaults apply", unreadable);
            }
            states = read;
            readAt = System.nanoTime();
            return read;
        }
    }
}
