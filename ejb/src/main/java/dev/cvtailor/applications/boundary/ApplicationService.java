package dev.cvtailor.applications.boundary;

import dev.cvtailor.platform.control.FeatureFlags;
import dev.cvtailor.platform.control.FeatureFlags.Feature;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.cvtailor.applications.control.ApplicationsCsv;
import dev.cvtailor.applications.control.Reminders;
import dev.cvtailor.applications.entity.ApplicationDraft;
import dev.cvtailor.applications.entity.ApplicationStatus;
import dev.cvtailor.applications.entity.Contact;
import dev.cvtailor.applications.entity.JobApplication;
import dev.cvtailor.applications.entity.SentCopy;
import dev.cvtailor.applications.entity.StatusChange;
import dev.cvtailor.export.boundary.ExportService;
import dev.cvtailor.export.entity.ExportLog;
import dev.cvtailor.export.entity.ExportedFile;
import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.generation.entity.GeneratedDocument;
import dev.cvtailor.jobs.boundary.JobDescriptionService;
import dev.cvtailor.notifications.boundary.NotificationService;
import dev.cvtailor.notifications.entity.Notice;
import dev.cvtailor.notifications.entity.NotificationKind;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.control.AtRestCipher;
import dev.cvtailor.platform.control.InputValidator;
import dev.cvtailor.platform.entity.JsonColumn;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The application tracker: what the user applied for, where each stands (with its dated history), the documents
 * used, and, from the moment it is marked Applied, the exact files sent, frozen. Follow-up dates and applications
 * gone quiet nudge their owner from a persistent timer. Every read is scoped by the owner: anyone else's is a 404.
 */
@Stateless
public class ApplicationService {

    private static final int MAX_DOCUMENTS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    FeatureFlags features;

    @Inject
    InputValidator validator;

    @Inject
    JobDescriptionService jobs;

    @Inject
    GenerationService generation;

    @Inject
    ExportService exports;

    @Inject
    NotificationService notifications;

    @Inject
    AtRestCipher cipher;

    public JobApplication create(long ownerId, ApplicationDraft draft) {
        features.require(Feature.APPLICATION_TRACKER, ownerId);
        validator.check(draft, "The application");
        if (blank(draft.company()) || blank(draft.role())) {
            throw ApplicationProblem.invalidField(blank(draft.company()) ? "company" : "role", "must not be empty");
        }
        ApplicationStatus status = draft.status() == null ? ApplicationStatus.SAVED : status(draft.status());
        Instant now = Instant.now();
        JobApplication application = new JobApplication(ownerId, draft.company().strip(), draft.role().strip(), status, now);
        describe(ownerId, application, draft, now);
        em.persist(application);
        em.flush();
        em.persist(new StatusChange(application.getId(), status, null, now));
        return application;
    }

    /** The owner's applications, newest first, by status and text (company, role, source, notes) if given. */
    public List<JobApplication> list(long ownerId, String status, String q) {
        features.require(Feature.APPLICATION_TRACKER, ownerId);
        StringBuilder jpql = new StringBuilder("select a from JobApplication a where a.ownerId = :owner");
        if (status != null && !status.isBlank()) {
            jpql.append(" and a.status = :status");
        }
        if (q != null && !q.isBlank()) {
            jpql.append(" and (lower(a.company) like :q or lower(a.role) like :q or lower(a.source) like :q"
                    + " or lower(a.notes) like :q)");
        }
        var query = em.createQuery(jpql.append(" order by a.createdAt desc, a.id desc").toString(), JobApplication.class)
                .setParameter("owner", ownerId);
        if (status != null && !status.isBlank()) {
            query.setParameter("status", status(status));
        }
        if (q != null && !q.isBlank()) {
            query.setParameter("q", "%" + q.strip().toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        return query.getResultList();
    }

    public JobApplication find(long ownerId, long applicationId) {
        JobApplication application = em.find(JobApplication.class, applicationId);
        if (application == null || !application.isOwnedBy(ownerId)) {
            throw ApplicationProblem.notFound("Application");
        }
        return application;
    }

    /** Changes what the draft names; a status in it is a status change, with its history row. */
    public JobApplication update(long ownerId, long applicationId, ApplicationDraft draft) {
        features.require(Feature.APPLICATION_TRACKER, ownerId);
        validator.check(draft, "The application");
        // a refusal does not roll back (ApplicationProblem), so every check comes before the first change
        ApplicationStatus next = draft.status() == null ? null : status(draft.status());
        JobApplication application = find(ownerId, applicationId);
        describe(ownerId, application, draft, Instant.now());
        if (next != null && next != application.getStatus()) {
            return changeStatus(ownerId, applicationId, draft.status(), null);
        }
        return application;
    }

    public void delete(long ownerId, long applicationId) {
        em.remove(find(ownerId, applicationId));
    }

    /**
     * Moves the application to {@code status} ({@code 400} for a status that does not exist), with a dated history
     * row. The first time it reaches Applied, each document it uses is frozen as sent: exported again exactly as it
     * was last exported (format and template), its bytes and SHA-256 kept. All of it, or nothing.
     */
    public JobApplication changeStatus(long ownerId, long applicationId, String statusName, String note) {
        features.require(Feature.APPLICATION_TRACKER, ownerId);
        ApplicationStatus next = status(statusName);
        JobApplication application = find(ownerId, applicationId);
        Instant now = Instant.now();
        if (next == ApplicationStatus.APPLIED && sentCopies(ownerId, applicationId).isEmpty()) {
            freeze(ownerId, application, now);
        }
        application.moveTo(next, now);
        em.persist(new StatusChange(applicationId, next, note, now));
        return application;
    }

    /** The documents the application uses (each the owner's: 404 otherwise); copies already sent stay as they are. */
    public JobApplication useDocuments(long ownerId, long applicationId, List<Long> documentIds) {
        features.require(Feature.APPLICATION_TRACKER, ownerId);
        JobApplication application = find(ownerId, applicationId);
        if (documentIds == null) {
            throw ApplicationProblem.invalidField("documentIds", "must be a list of document ids");
        }
        List<Long> ids = documentIds.stream().distinct().toList();
        if (ids.size() > MAX_DOCUMENTS) {
            throw ApplicationProblem.invalidField("documentIds", "may name at most " + MAX_DOCUMENTS + " documents");
        }
        ids.forEach(id -> generation.find(ownerId, id));
        application.useDocuments(ids, Instant.now());
        return application;
    }

    public List<StatusChange> history(long ownerId, long applicationId) {
        find(ownerId, applicationId);
        return em.createQuery("select c from StatusChange c where c.applicationId = :id order by c.at, c.id",
                StatusChange.class).setParameter("id", applicationId).getResultList();
    }

    public List<SentCopy> sentCopies(long ownerId, long applicationId) {
        find(ownerId, applicationId);
        return em.createQuery("select s from SentCopy s where s.applicationId = :id order by s.id", SentCopy.class)
                .setParameter("id", applicationId).getResultList();
    }

    public SentCopy sentCopy(long ownerId, long applicationId, long sentId) {
        find(ownerId, applicationId);
        SentCopy copy = em.find(SentCopy.class, sentId);
        if (copy == null || copy.getApplicationId() != applicationId) {
            throw ApplicationProblem.notFound("Sent copy");
        }
        return copy;
    }

    public List<Contact> contacts(JobApplication application) {
        if (application.getEncryptedContacts() == null) {
            return List.of();
        }
        Contact[] read = JsonColumn.read(cipher.decrypt(application.getEncryptedContacts()), Contact[].class);
        return read == null ? List.of() : List.of(read);
    }

    public String csv(long ownerId) {
        return ApplicationsCsv.write(list(ownerId, null, null));
    }

    /** Imports the CSV's rows as new applications: every row is checked first, so a bad one keeps none. */
    public List<JobApplication> importCsv(long ownerId, String text) {
        features.require(Feature.APPLICATION_TRACKER, ownerId);
        List<ApplicationDraft> drafts = ApplicationsCsv.read(text);
        if (drafts.isEmpty()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "The CSV holds no applications");
        }
        for (int i = 0; i < drafts.size(); i++) {
            validator.check(drafts.get(i), "Row " + (i + 1), "line " + (i + 2) + ": ");
        }
        return drafts.stream().map(draft -> create(ownerId, draft)).toList();
    }

    /** Sends the nudges due at {@code now} to owners the tracker is on for; returns how many. */
    public int remind(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        List<JobApplication> candidates = em.createQuery("select a from JobApplication a where (a.followUpOn <= :today"
                + " and (a.followUpNudgedOn is null or a.followUpNudgedOn <> a.followUpOn)) or (a.nudgeWhenQuiet = true"
                + " and a.status = :applied and a.quietNudgedAt is null and a.statusSince <= :quiet)", JobApplication.class)
                .setParameter("today", today)
                .setParameter("applied", ApplicationStatus.APPLIED)
                .setParameter("quiet", now.minus(Reminders.QUIET))
                .setMaxResults(1000)
                .getResultList();
        int sent = 0;
        for (JobApplication a : candidates) {
            Optional<Reminders.Nudge> nudge = Reminders.due(a, today, now);
            // while the tracker is off for its owner, a nudge waits (it is not marked sent) until it is on again
            if (nudge.isEmpty() || !features.isOnFor(Feature.APPLICATION_TRACKER, a.getOwnerId())) {
                continue;
            }
            String text = nudge.get() == Reminders.Nudge.FOLLOW_UP
                    ? "Follow up on your application to " + a.getCompany() + " (" + a.getRole() + ")"
                            + (a.getNextStep() == null ? "" : ": " + a.getNextStep())
                    : "Your application to " + a.getCompany() + " (" + a.getRole() + ") has had no news for 10 days;"
                            + " a short follow-up often helps";
            notifications.notify(new Notice(a.getOwnerId(), nudge.get() == Reminders.Nudge.FOLLOW_UP
                    ? NotificationKind.FOLLOW_UP : NotificationKind.QUIET_APPLICATION, null, text,
                    "CV Tailor: " + text, text + ".\n\nOpen your applications in CV Tailor to update it."));
            if (nudge.get() == Reminders.Nudge.FOLLOW_UP) {
                a.nudgedForFollowUp();
            } else {
                a.nudgedForQuiet(now);
            }
            sent++;
        }
        return sent;
    }

    /**
     * Exports every document first and keeps the copies only when all are exported: a refusal (a review the
     * organisation requires, say) does not roll back, and must leave no copy behind.
     */
    private void freeze(long ownerId, JobApplication application, Instant now) {
        List<ExportLog> logs = exports.logs(ownerId);
        List<SentCopy> copies = new ArrayList<>();
        for (Long documentId : application.getDocumentIds()) {
            GeneratedDocument document = generation.find(ownerId, documentId);
            Optional<ExportLog> last = logs.stream().filter(l -> l.getDocumentId() == documentId)
                    .max(Comparator.comparing(ExportLog::getCreatedAt).thenComparing(ExportLog::getId));
            String template = last.map(ExportLog::getTemplate).orElse(null);
            ExportedFile file = exports.export(ownerId, documentId, last.map(ExportLog::getFormat).orElse("pdf"),
                    template);
            copies.add(new SentCopy(application.getId(), documentId, document.getVersion(), document.getKind().name(),
                    file.format().extension, template, file.fileName(), sha256(file.bytes()), file.bytes(), now));
        }
        copies.forEach(em::persist);
    }

    private void describe(long ownerId, JobApplication application, ApplicationDraft draft, Instant now) {
        Long jobDescriptionId = draft.jobDescriptionId() != null ? draft.jobDescriptionId()
                : application.getJobDescriptionId();
        if (draft.jobDescriptionId() != null) {
            jobs.find(ownerId, draft.jobDescriptionId());
        }
        String contacts = draft.contacts() == null ? application.getEncryptedContacts()
                : draft.contacts().isEmpty() ? null : cipher.encrypt(JsonColumn.write(draft.contacts()));
        application.describe(or(draft.company(), application.getCompany()), or(draft.role(), application.getRole()),
                jobDescriptionId, or(draft.url(), application.getUrl()), or(draft.source(), application.getSource()),
                or(draft.nextStep(), application.getNextStep()),
                draft.followUpOn() != null ? draft.followUpOn() : application.getFollowUpOn(), contacts,
                or(draft.notes(), application.getNotes()),
                draft.nudgeWhenQuiet() != null ? draft.nudgeWhenQuiet() : application.isNudgeWhenQuiet(), now);
    }

    /** The new value if given, none if given empty, else the old one; company and role are never emptied. */
    private static String or(String given, String old) {
        if (given == null) {
            return old;
        }
        return given.isBlank() ? null : given.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A status by its name; {@code 400} naming the ones that exist for anything else. */
    public static ApplicationStatus status(String name) {
        return Arrays.stream(ApplicationStatus.values()).filter(s -> s.name().equalsIgnoreCase(name.strip()))
                .findFirst().orElseThrow(() -> ApplicationProblem.invalidField("status",
                        "must be one of " + Arrays.toString(ApplicationStatus.values())));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
