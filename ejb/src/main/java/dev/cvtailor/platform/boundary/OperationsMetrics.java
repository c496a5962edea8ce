package dev.cvtailor.platform.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.ArtifactStatus;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.evidence.entity.ValidationStatus;
import dev.cvtailor.export.boundary.ExportService;
import dev.cvtailor.export.entity.ExportFormat;
import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.generation.entity.DocumentStatus;
import dev.cvtailor.generation.entity.Generator;
import dev.cvtailor.generation.entity.LlmState;
import dev.cvtailor.platform.entity.Report;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The state of the installation as gauges on /metrics, read from the database (shared by every replica, so any
 * replica reports the whole): documents and artifacts by state (the work waiting), evidence links by status, the
 * users' ratings by generator, this server's language-model circuit, and, with the embedded broker, its queues.
 * The database is read at most every few seconds, however often Prometheus asks.
 */
@Startup
@Singleton
public class OperationsMetrics {

    private static final Duration FRESH = Duration.ofSeconds(5);

    @Inject
    MetricRegistry registry;

    @Inject
    GenerationService generation;

    @Inject
    ArtifactService artifacts;

    @Inject
    EvidenceService evidence;

    @Inject
    EmbeddedBroker broker;

    @Inject
    AccountService accounts;

    @Inject
    QualityReports reports;

    private final Cached<Map<DocumentStatus, Long>> documents = new Cached<>(() -> generation.countsByStatus());
    private final Cached<Map<ArtifactStatus, Long>> artifactStates = new Cached<>(() -> artifacts.countsByStatus());
    private final Cached<Map<ValidationStatus, Long>> links = new Cached<>(() -> evidence.health());
    private final Cached<Long> users = new Cached<>(() -> accounts.count());
    private final Cached<Map<String, GenerationService.RatingSummary>> ratings = new Cached<>(() -> generation.ratings());
    private final Cached<Map<String, Double>> daily = new Cached<>(() -> measures(Report.Kind.DAILY));
    private final Cached<Map<String, Double>> weekly = new Cached<>(() -> measures(Report.Kind.WEEKLY));

    /** The measures the daily summary and the weekly quality report serve as gauges (NaN until there is a report). */
    static final List<String> DAILY_MEASURES = List.of("registrations", "uploads", "generations", "exports", "errors");
    static final List<String> WEEKLY_MEASURES = List.of("averageRating", "validEvidenceLinkShare", "atsPassRate",
            "p95CvSeconds", "p95LetterSeconds");

    @PostConstruct
    void register() {
        for (DocumentStatus state : DocumentStatus.values()) {
            gauge("cvtailor.documents", "state", state.name(), () -> documents.get().getOrDefault(state, 0L));
        }
        for (ArtifactStatus state : ArtifactStatus.values()) {
            gauge("cvtailor.artifacts", "state", state.name(), () -> artifactStates.get().getOrDefault(state, 0L));
        }
        for (ValidationStatus status : ValidationStatus.values()) {
            gauge("cvtailor.evidence.links", "status", status.name(), () -> links.get().getOrDefault(status, 0L));
        }
        for (Generator generator : Generator.values()) {
            String code = generator.code();
            gauge("cvtailor.document.rating.average", "generator", code,
                    () -> ratings.get().containsKey(code) ? ratings.get().get(code).average() : 0.0);
            gauge("cvtailor.document.rating.count", "generator", code,
                    () -> ratings.get().containsKey(code) ? ratings.get().get(code).count() : 0L);
        }
        registry.gauge("cvtailor.users", users, Cached::get);
        for (String measure : DAILY_MEASURES) {
            gauge("cvtailor.report.daily", "measure", measure, () -> daily.get().getOrDefault(measure, Double.NaN));
        }
        for (String measure : WEEKLY_MEASURES) {
            gauge("cvtailor.report.weekly", "measure", measure, () -> weekly.get().getOrDefault(measure, Double.NaN));
        }
        for (ExportFormat format : ExportFormat.values()) {
            registry.counter(ExportService.EXPORTS, new Tag("format", format.extension));
        }
        for (String bucket : new String[] {RateLimits.API_BUCKET, RateLimits.GENERATION_BUCKET}) {
            registry.counter(RateLimits.REJECTIONS, new Tag("bucket", bucket));
        }
        registry.gauge("cvtailor.llm.circuit.open", generation,
                service -> service.llmState().circuit() == LlmState.Circuit.OPEN ? 1 : 0);
        if (broker.isEmbedded()) {
            for (String queue : EmbeddedBroker.QUEUES) {
                gauge("cvtailor.queue.messages", "queue", queue, () -> broker.messagesIn(queue).orElse(0));
            }
        }
    }

    /** The numbers at the top of the latest report of a kind. */
    private Map<String, Double> measures(Report.Kind kind) {
        Map<String, Double> measures = new java.util.HashMap<>();
        reports.latest(kind).ifPresent(report -> {
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(report.getBody()))) {
                reader.readObject().forEach((name, value) -> {
                    if (value instanceof jakarta.json.JsonNumber number) {
                        measures.put(name, number.doubleValue());
                    }
                });
            }
        });
        return measures;
    }

    private <T extends Number> void gauge(String name, String tag, String value, Supplier<T> reading) {
        // (Liberty's registry drops the tags of a gauge registered by MetricID: this form keeps them)
        registry.gauge(name, reading, Supplier::get, new Tag(tag, value));
    }

    /** A reading kept for a few seconds: one query serves all the gauges of a scrape. */
    static final class Cached<T> {

        private final Supplier<T> read;
        private volatile T value;
        private volatile Instant readAt = Instant.MIN;

        Cached(Supplier<T> read) {
            this.read = read;
        }

        T get() {
            if (Instant.now().isAfter(readAt.plus(FRESH))) {
                value = read.get();
                readAt = Instant.now();
            }
            return value;
        }
    }
}
