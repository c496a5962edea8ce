package dev.cvtailor.export.boundary;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import dev.cvtailor.audit.boundary.AuditTrail;
import dev.cvtailor.audit.entity.AuditType;
import dev.cvtailor.audit.entity.Outcome;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.export.control.AtsCheck;
import dev.cvtailor.export.control.CvXml;
import dev.cvtailor.export.control.DocxRenderer;
import dev.cvtailor.export.control.PdfPages;
import dev.cvtailor.export.control.PdfRenderer;
import dev.cvtailor.export.control.ExportLogRetention;
import dev.cvtailor.export.entity.ExportFormat;
import dev.cvtailor.export.entity.ExportLog;
import dev.cvtailor.export.entity.ExportMonthlyCount;
import dev.cvtailor.export.entity.ExportedFile;
import dev.cvtailor.export.entity.Letterhead;
import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.DocumentStatus;
import dev.cvtailor.generation.entity.GeneratedDocument;
import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.control.FeatureFlags;
import dev.cvtailor.platform.control.FeatureFlags.Feature;
import dev.cvtailor.platform.control.Retention;
import dev.cvtailor.platform.entity.JsonColumn;
import dev.cvtailor.platform.entity.PurgeBatch;
import dev.cvtailor.platform.entity.PurgeReport;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Exports of generated documents to PDF and DOCX, each logged: the one door to the export component. */
@Stateless
public class ExportService {

    public static final String DEFAULT_TEMPLATE = "classic";
    public static final List<String> TEMPLATES = PdfRenderer.TEMPLATES;
    /** Files exported, by format, for /metrics. */
    public static final String EXPORTS = "cvtailor.exports";

    @Inject
    Instance<ExportApproval> approvals;

    @Inject
    OrganisationService organisations;

    @Inject
    MetricRegistry metrics;

    @PersistenceContext
    EntityManager em;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            ExportService.class.getName());

    @Inject
    GenerationService generation;

    @Inject
    PdfRenderer pdf;

    @Inject
    DocxRenderer docx;

    @Inject
    AuditTrail audit;

    @Inject
    FeatureFlags features;

    @Inject
    EvidenceService evidence;

    @Inject
    ExportLogRetention logRetention;

    @Inject
    Retention retention;

    /** Purges as the timer does, as if it were {@code now}: the logs folded into counts, then the old counts. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<PurgeReport> purgeLogs(Instant now) {
        Instant logsBefore = retention.exportLogsBefore(now);
        Instant countsBefore = retention.aggregatesBefore(now);
        return List.of(
                retention.inBatches("export logs", after -> logRetention.foldBatch(logsBefore, retention.batch())),
                retention.inBatches("monthly export counts", after -> {
                    int dropped = logRetention.dropCountsBefore(countsBefore, retention.batch());
                    return new PurgeBatch(dropped, dropped, 0);
                }));
    }

    /** Exports of all users from {@code from} to {@code to}, and how many of those checked passed the ATS self-check. */
    public ExportFigures figuresBetween(Instant from, Instant to) {
        List<String> checks = em.createQuery("select l.atsCheck from ExportLog l where l.createdAt >= :from"
                + " and l.createdAt < :to", String.class).setParameter("from", from).setParameter("to", to)
                .getResultList();
        long checked = 0;
        long passed = 0;
        for (String json : checks) {
            AtsCheck.Result result = JsonColumn.read(json, AtsCheck.Result.class);
            if (result != null) {
                checked++;
                passed += result.passed() ? 1 : 0;
            }
        }
        return new ExportFigures(checks.size(), checked, passed);
    }

    /** Exports of a period, how many had an ATS self-check, and how many of those passed. */
    public record ExportFigures(long exports, long atsChecked, long atsPassed) {
    }

    /** What is left of export logs past their retention: exports per month, format and template. */
    public List<ExportMonthlyCount> monthlyCounts() {
        return logRetention.counts();
    }

    /** The owner's exports, newest first. */
    public List<ExportLog> logs(long ownerId) {
        return em.createQuery("select l from ExportLog l where l.ownerId = :owner order by l.createdAt desc, l.id desc",
                ExportLog.class).setParameter("owner", ownerId).getResultList();
    }

    /** One of the owner's exports: what was exported, with which evidence links, and its parse-back check. */
    public ExportLog log(long ownerId, long exportId) {
        ExportLog log = em.find(ExportLog.class, exportId);
        if (log == null || log.getOwnerId() != ownerId) {
            throw ApplicationProblem.notFound("Export");
        }
        return log;
    }

    public ExportedFile export(long ownerId, long documentId, String formatName, String template) {
        ExportFormat format = ExportFormat.named(formatName);
        if (format == null) {
            throw ApplicationProblem.invalidField("format", "must be pdf or docx");
        }
        features.require(format == ExportFormat.PDF ? Feature.EXPORT_PDF : Feature.EXPORT_DOCX, ownerId);
        String chosen = chosenTemplate(ownerId, template);
        GeneratedDocument document = readyDocument(ownerId, documentId);
        for (ExportApproval approval : approvals) {
            approval.refusal(ownerId, document).ifPresent(why -> {
                throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT, why);
            });
        }
        Optional<Letterhead> letterhead = letterheadFor(ownerId);
        CvContent cv = document.cvContent();
        byte[] bytes;
        List<Long> included;
        String name;
        AtsCheck.Result check;
        if (cv != null) {
            included = evidenceLinkIds(cv);
            Map<Long, String> urls = evidenceUrls(ownerId, cv, included);
            bytes = format == ExportFormat.PDF ? pdf.render(branded(CvXml.of(cv, urls), letterhead), chosen)
                    : docx.render(cv, urls, letterhead);
            name = cv.header().name();
            check = AtsCheck.of(bytes, format, cv);
        } else {
            CoverLetterContent letter = document.coverLetterContent();
            included = List.of();
            bytes = format == ExportFormat.PDF ? pdf.render(branded(CvXml.of(letter), letterhead), chosen)
                    : docx.render(letter, letterhead);
            name = letter.header().name();
            check = AtsCheck.of(bytes, format, letter);
        }
        if (!check.passed()) {
            LOG.warning(() -> "Template " + chosen + " failed its own parse-back for document " + documentId + ": "
                    + check.findings());
        }
        ExportLog log = new ExportLog(documentId, ownerId, format, chosen, included);
        log.checked(check);
        em.persist(log);
        em.flush();
        metrics.counter(EXPORTS, new Tag("format", format.extension)).inc();
        audit.record(ownerId, AuditType.EXPORT, Outcome.SUCCESS,
                "document " + documentId + " as " + format.extension + ", export " + log.getId());
        return new ExportedFile(log.getId(), format, fileName(name, document, format), bytes);
    }

    /**
     * The pages of the document as the PDF export would print them, as PNG images for an on-screen preview that
     * every browser shows the same (phones included); nothing is logged, as nothing leaves the application.
     */
    public List<byte[]> preview(long ownerId, long documentId, String template) {
        features.require(Feature.EXPORT_PDF, ownerId);
        String chosen = chosenTemplate(ownerId, template);
        GeneratedDocument document = readyDocument(ownerId, documentId);
        CvContent cv = document.cvContent();
        byte[] bytes = cv != null ? pdf.render(CvXml.of(cv, evidenceUrls(ownerId, cv, evidenceLinkIds(cv))), chosen)
                : pdf.render(CvXml.of(document.coverLetterContent()), chosen);
        return PdfPages.asImages(bytes);
    }

    /** The logo of the owner's organisation when it brands its members' exports (off by default). */
    private Optional<Letterhead> letterheadFor(long ownerId) {
        return organisations.exportLogoFor(ownerId).map(logo -> new Letterhead(logo.bytes(), logo.mediaType(),
                "Logo of " + organisations.organisationOf(ownerId).map(o -> o.name()).orElse("the organisation")));
    }

    private static org.w3c.dom.Document branded(org.w3c.dom.Document xml, Optional<Letterhead> letterhead) {
        return letterhead.map(l -> CvXml.withLetterhead(xml, l)).orElse(xml);
    }

    /** The template asked for, else the one the owner's organisation chose, else the default. */
    private String chosenTemplate(long ownerId, String template) {
        String preferred = organisations.settingsFor(ownerId).defaultTemplate();
        String chosen = template != null && !template.isBlank() ? template.strip()
                : preferred != null ? preferred : DEFAULT_TEMPLATE;
        if (!PdfRenderer.hasTemplate(chosen)) {
            throw ApplicationProblem.invalidField("template", "unknown template; available: "
                    + String.join(", ", PdfRenderer.TEMPLATES));
        }
        return chosen;
    }

    private GeneratedDocument readyDocument(long ownerId, long documentId) {
        GeneratedDocument document = generation.find(ownerId, documentId);
        if (document.getStatus() != DocumentStatus.READY) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT,
                    "The document is " + document.getStatus() + "; it can be exported once it is READY");
        }
        return document;
    }

    /** The addresses of the links the CV's bullets cite, read for the owner (links of another user stay out). */
    private Map<Long, String> evidenceUrls(long ownerId, CvContent cv, List<Long> linkIds) {
        List<Long> artifacts = cv.entries().flatMap(e -> e.bullets().stream())
                .map(CvContent.Bullet::artifactId).distinct().toList();
        Map<Long, String> urls = new java.util.HashMap<>();
        evidence.linksOf(ownerId, artifacts).values().stream().flatMap(List::stream)
                .filter(link -> linkIds.contains(link.id()))
                .forEach(link -> urls.put(link.id(), link.url()));
        return urls;
    }

    private static List<Long> evidenceLinkIds(CvContent cv) {
        return cv.entries()
                .flatMap(entry -> entry.bullets().stream())
                .flatMap(bullet -> bullet.evidenceLinkIds().stream())
                .distinct()
                .toList();
    }

    /** "cv-ada-lovelace-v2.pdf": ASCII only, so every browser and mail client keeps it intact. */
    static String fileName(String candidate, GeneratedDocument document, ExportFormat format) {
        String ascii = Normalizer.normalize(candidate, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        String name = ascii.isEmpty() ? "" : "-" + (ascii.length() > 60 ? ascii.substring(0, 60) : ascii);
        return document.getKind().code.replace('_', '-') + name + "-v" + document.getVersion() + "." + format.extension;
    }
}
