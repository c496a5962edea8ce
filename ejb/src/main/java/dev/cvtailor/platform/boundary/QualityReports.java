package dev.cvtailor.platform.boundary;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.entity.Account;
import dev.cvtailor.accounts.entity.Role;
import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.evidence.entity.ValidationStatus;
import dev.cvtailor.export.boundary.ExportService;
import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.generation.entity.GenerationFigures;
import dev.cvtailor.notifications.boundary.NotificationService;
import dev.cvtailor.notifications.entity.Mail;
import dev.cvtailor.platform.entity.DailySummary;
import dev.cvtailor.platform.entity.InstallationSetting;
import dev.cvtailor.platform.entity.JsonColumn;
import dev.cvtailor.platform.entity.Report;
import dev.cvtailor.platform.entity.WeeklyQuality;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The daily summary (registrations, uploads, generations, exports, errors) and the weekly quality report (against
 * the spec's targets), computed by persistent timers on one replica, kept in {@code reports}, served to admins and
 * as metrics, and mailed to the admins who asked for them. Days and weeks are UTC; a week starts on Monday.
 */
@Stateless
public class QualityReports {

    static final String RECIPIENTS = "reports.recipients";
    private static final Logger LOG = Logger.getLogger(QualityReports.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    ArtifactService artifacts;

    @Inject
    GenerationService generation;

    @Inject
    ExportService exports;

    @Inject
    EvidenceService evidence;

    @Inject
    NotificationService notifications;

    /** Shortly after midnight (UTC), yesterday's summary. */
    public void summariseYesterday() {
        daily(LocalDate.now(ZoneOffset.UTC).minusDays(1));
    }

    /** Early on Monday (UTC), last week's quality report. */
    public void reportLastWeek() {
        weekly(LocalDate.now(ZoneOffset.UTC).minusWeeks(1));
    }

    /** Computes (again) and keeps the summary of {@code day}, and mails it to the admins who asked. */
    public Report daily(LocalDate day) {
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        ArtifactService.UploadFigures uploads = artifacts.uploadsBetween(from, to);
        GenerationFigures documents = generation.figuresBetween(from, to);
        DailySummary summary = new DailySummary(accounts.registeredBetween(from, to), uploads.uploads(),
                documents.requested(), exports.figuresBetween(from, to).exports(), uploads.failed() + documents.failed());
        Report report = keep(Report.Kind.DAILY, day, day.plusDays(1), summary);
        mail("CV Tailor: the summary of " + day, "Registrations: " + summary.registrations() + "\nUploads: "
                + summary.uploads() + "\nGenerations: " + summary.generations() + "\nExports: " + summary.exports()
                + "\nErrors: " + summary.errors() + "\n");
        return report;
    }

    /** Computes (again) and keeps the quality report of the week (Monday to Sunday) holding {@code anyDay}. */
    public Report weekly(LocalDate anyDay) {
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        GenerationFigures documents = generation.figuresBetween(from, to);
        ExportService.ExportFigures exported = exports.figuresBetween(from, to);
        Map<ValidationStatus, Long> links = evidence.health();
        long checkedLinks = links.entrySet().stream().filter(e -> e.getKey() != ValidationStatus.PENDING)
                .mapToLong(Map.Entry::getValue).sum();
        Double validShare = checkedLinks == 0 ? null : (double) links.getOrDefault(ValidationStatus.VALID, 0L) / checkedLinks;
        Double atsPassRate = exported.atsChecked() == 0 ? null : (double) exported.atsPassed() / exported.atsChecked();
        Map<String, Boolean> met = new LinkedHashMap<>();
        met.put("averageRating", atLeast(documents.averageRating(), WeeklyQuality.RATING_TARGET));
        met.put("validEvidenceLinkShare", atLeast(validShare, WeeklyQuality.VALID_LINKS_TARGET));
        met.put("atsPassRate", atLeast(atsPassRate, WeeklyQuality.ATS_PASS_TARGET));
        met.put("p95CvSeconds", atMost(documents.p95CvSeconds(), WeeklyQuality.CV_SECONDS_TARGET));
        met.put("p95LetterSeconds", atMost(documents.p95LetterSeconds(), WeeklyQuality.LETTER_SECONDS_TARGET));
        WeeklyQuality quality = new WeeklyQuality(documents.byGeneratorAndOutcome(), documents.averageRating(),
                documents.ratings(), documents.coverage(), validShare, checkedLinks, atsPassRate, exported.atsChecked(),
                documents.p95CvSeconds(), documents.p95LetterSeconds(), met);
        Report report = keep(Report.Kind.WEEKLY, monday, monday.plusWeeks(1), quality);
        StringBuilder body = new StringBuilder("The week from " + monday + ", against the spec's targets:\n");
        met.forEach((measure, ok) -> body.append(measure).append(": ")
                .append(ok == null ? "nothing to measure" : ok ? "met" : "NOT met").append('\n'));
        mail("CV Tailor: the quality report of the week from " + monday, body + "\n" + JsonColumn.write(quality) + "\n");
        return report;
    }

    /** The kept reports of a kind whose period starts from {@code from} to {@code to} (inclusive), oldest first. */
    public List<Report> list(Report.Kind kind, LocalDate from, LocalDate to) {
        return em.createQuery("select r from Report r where r.kind = :kind and r.periodStart >= :from"
                + " and r.periodStart <= :to order by r.periodStart", Report.class)
                .setParameter("kind", kind.name().toLowerCase(Locale.ROOT)).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    public Optional<Report> latest(Report.Kind kind) {
        return em.createQuery("select r from Report r where r.kind = :kind order by r.periodStart desc", Report.class)
                .setParameter("kind", kind.name().toLowerCase(Locale.ROOT)).setMaxResults(1).getResultStream()
                .findFirst();
    }

    /** Whether this admin gets the reports by e-mail. */
    public boolean mailsTo(long adminId) {
        return recipients().contains(adminId);
    }

    /** An admin asks for the reports by e-mail, or stops them. */
    public void mailTo(long adminId, boolean wanted) {
        InstallationSetting setting = em.find(InstallationSetting.class, RECIPIENTS, LockModeType.PESSIMISTIC_WRITE);
        if (setting == null) {
            setting = new InstallationSetting(RECIPIENTS);
            em.persist(setting);
        }
        Set<Long> ids = new LinkedHashSet<>(recipients(setting));
        if (wanted) {
            ids.add(adminId);
        } else {
            ids.remove(adminId);
        }
        setting.set(JsonColumn.write(ids), adminId, Instant.now());
    }

    private Set<Long> recipients() {
        return recipients(em.find(InstallationSetting.class, RECIPIENTS));
    }

    private static Set<Long> recipients(InstallationSetting setting) {
        Long[] ids = setting == null ? null : JsonColumn.read(setting.getValue(), Long[].class);
        return ids == null ? Set.of() : Set.of(ids);
    }

    private void mail(String subject, String body) {
        for (long adminId : recipients()) {
            try {
                Account admin = accounts.find(adminId);
                if (admin.role() == Role.ADMIN) {
                    notifications.mail(new Mail(admin.email(), subject, body));
                }
            } catch (ApplicationProblem gone) {
                LOG.fine(() -> "Report recipient " + adminId + " has no account any more");
            }
        }
    }

    private Report keep(Report.Kind kind, LocalDate start, LocalDate end, Object body) {
        Report report = em.createQuery("select r from Report r where r.kind = :kind and r.periodStart = :start",
                Report.class).setParameter("kind", kind.name().toLowerCase(Locale.ROOT)).setParameter("start", start)
                .getResultStream().findFirst().orElseGet(() -> {
                    Report made = new Report(kind, start, end);
                    em.persist(made);
                    return made;
                });
        report.write(JsonColumn.write(body), Instant.now());
        return report;
    }

    private static Boolean atLeast(Double value, double target) {
        return value == null ? null : value >= target;
    }

    private static Boolean atMost(Double value, double target) {
        return value == null ? null : value <= target;
    }
}
