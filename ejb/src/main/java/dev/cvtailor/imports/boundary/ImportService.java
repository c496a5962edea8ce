package dev.cvtailor.imports.boundary;

import java.io.InputStream;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.cvtailor.artifacts.boundary.ArtifactIntake;
import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.SourceText;
import dev.cvtailor.imports.control.CvTextReader;
import dev.cvtailor.imports.control.Duplicates;
import dev.cvtailor.imports.control.ImportDrafts;
import dev.cvtailor.imports.control.LinkedInArchive;
import dev.cvtailor.imports.control.LinkedInExport;
import dev.cvtailor.imports.entity.Acceptance;
import dev.cvtailor.imports.entity.CvUpload;
import dev.cvtailor.imports.entity.ImportDraft;
import dev.cvtailor.imports.entity.ImportProposals;
import dev.cvtailor.imports.entity.ImportReading;
import dev.cvtailor.imports.entity.ImportSource;
import dev.cvtailor.imports.entity.ImportStatus;
import dev.cvtailor.imports.entity.Proposal;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.control.FeatureFlags;
import dev.cvtailor.platform.control.FeatureFlags.Feature;
import dev.cvtailor.platform.control.WorkMessages;
import dev.cvtailor.platform.entity.DeadLetter;
import dev.cvtailor.platform.entity.JsonColumn;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Onboarding from what a user already has: a CV (PDF or Word) or LinkedIn's data export. The upload is read at
 * once under the upload limits (a scan, a damaged file or an unsafe archive is refused with 422 and nothing is
 * kept), saved as a draft import and read into proposals on ImportQueue. Nothing becomes an artifact before its
 * owner confirms the proposals, as proposed or edited; a proposal that repeats an artifact updates that artifact.
 * A draft nobody confirms expires after 24 hours, and its content is dropped.
 */
@Stateless
public class ImportService {

    public static final String SUBJECT = "import";
    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
    private static final int MAX_PROPOSALS = 500;
    private static final Type FILES = new java.util.HashMap<String, String>() { }.getClass().getGenericSuperclass();

    @PersistenceContext
    EntityManager em;

    @Inject
    ArtifactService artifacts;

    @Inject
    ArtifactIntake intake;

    @Inject
    ImportDrafts drafts;

    @Inject
    WorkMessages messages;

    @Inject
    FeatureFlags features;

    @Resource(lookup = "jms/cvtailor/ImportQueue")
    Queue importQueue;

    /** Reads a CV's text (PDF or .docx; 413/422 as for uploads) and queues it for reading into proposals. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportDraft startCv(long ownerId, InputStream file, String fileName) {
        features.require(Feature.CV_IMPORT, ownerId);
        SourceText text = artifacts.readUploadInReadingOrder(ownerId, file, fileName);
        if (!"application/pdf".equals(text.mediaType()) && !text.mediaType().contains("wordprocessingml")) {
            throw new ApplicationProblem(ApplicationProblem.Kind.UNPROCESSABLE,
                    "A CV is imported from a PDF or a Word .docx file; this one is " + text.mediaType());
        }
        boolean wraps = "application/pdf".equals(text.mediaType());
        return queued(ownerId, ImportSource.CV, fileName, JsonColumn.write(new CvUpload(text.text(), wraps)));
    }

    /** Takes LinkedIn's data export (a ZIP of CSV files; 413/422 as for uploads, and for broken CSV) and queues it. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportDraft startLinkedIn(long ownerId, InputStream file, String fileName) {
        features.require(Feature.CV_IMPORT, ownerId);
        ArtifactService.ReceivedArchive zip = artifacts.receiveArchive(ownerId, file);
        Map<String, String> files = LinkedInArchive.csvFiles(zip.bytes(), zip.unpackedLimit());
        LinkedInExport.read(files);
        return queued(ownerId, ImportSource.LINKEDIN, fileName, JsonColumn.write(files));
    }

    private ImportDraft queued(long ownerId, ImportSource source, String fileName, String content) {
        ImportDraft draft = drafts.insert(new ImportDraft(ownerId, source, fileName, content, Instant.now()));
        try {
            messages.send(importQueue, SUBJECT, draft.getId());
        } catch (JMSRuntimeException e) {
            drafts.failed(draft.getId(), "The import could not be queued; please upload the file again");
            throw new ApplicationProblem(ApplicationProblem.Kind.UNAVAILABLE,
                    "Importing is unavailable at the moment; please try again shortly");
        }
        return draft;
    }

    /**
     * Reads a queued import into proposals, each checked against the owner's artifacts for a duplicate. Called by
     * the queue's consumer in a transaction of its own; a redelivery finds the import read and does nothing.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void process(long importId) {
        ImportDraft draft = em.find(ImportDraft.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (draft == null || draft.getStatus() != ImportStatus.PROCESSING) {
            return;
        }
        ImportReading reading;
        try {
            reading = draft.getSource() == ImportSource.CV
                    ? read(JsonColumn.read(draft.getSourceText(), CvUpload.class))
                    : LinkedInExport.read(JsonColumn.read(draft.getSourceText(), FILES));
        } catch (ApplicationProblem e) {
            draft.fail(e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + importId + " could not be read", e);
            draft.fail("The file could not be read into artifacts; add them by hand or try another copy of the file");
            return;
        }
        if (reading.drafts().isEmpty()) {
            draft.fail(reading.notImported().isEmpty() ? "The file holds no entries CV Tailor could recognise"
                    : "The file holds no entries CV Tailor could recognise. " + String.join(" ", reading.notImported()));
            return;
        }
        List<Artifact> existing = artifacts.all(draft.getOwnerId());
        List<Proposal> proposals = new ArrayList<>();
        for (ArtifactDraft proposed : reading.drafts().subList(0, Math.min(MAX_PROPOSALS, reading.drafts().size()))) {
            proposals.add(new Proposal(proposals.size(), proposed, Duplicates.of(proposed, existing).orElse(null)));
        }
        draft.ready(new ImportProposals(reading.candidate(), proposals, reading.notImported()));
    }

    private static ImportReading read(CvUpload upload) {
        return CvTextReader.read(upload.text(), upload.linesWrap());
    }

    /** The caller's import (404 for anyone else's); one past its 24 hours is expired as it is read. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportDraft find(long ownerId, long importId) {
        ImportDraft draft = em.find(ImportDraft.class, importId);
        if (draft == null || !draft.isOwnedBy(ownerId)) {
            throw ApplicationProblem.notFound("Import");
        }
        if (draft.getStatus() != ImportStatus.EXPIRED && draft.hasExpired(Instant.now())) {
            draft.expire();
        }
        return draft;
    }

    /**
     * Makes artifacts of the accepted proposals, as proposed or as edited: a proposal that repeats an artifact
     * updates it, the others are created. Every accepted draft is checked before anything is saved (400 naming
     * {@code accept[i]}); an import that is not ready, or already confirmed or expired, is a 409.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Long> confirm(long ownerId, long importId, List<Acceptance> accepted) {
        ImportDraft draft = find(ownerId, importId);
        if (draft.getStatus() != ImportStatus.READY) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT, switch (draft.getStatus()) {
                case PROCESSING -> "The import is still being read; confirm it once it is ready";
                case CONFIRMED -> "The import has already been confirmed";
                case EXPIRED -> "The import expired after 24 hours; upload the file again";
                default -> "The import failed and has nothing to confirm";
            });
        }
        if (accepted == null || accepted.isEmpty()) {
            throw ApplicationProblem.invalidField("accept", "must name at least one proposal to keep");
        }
        List<Proposal> proposals = draft.proposals().proposals();
        Set<Integer> seen = new HashSet<>();
        List<ArtifactDraft> creates = new ArrayList<>();
        Map<Long, ArtifactDraft> updates = new LinkedHashMap<>();
        for (int i = 0; i < accepted.size(); i++) {
            Acceptance a = accepted.get(i);
            if (a == null || a.index() < 0 || a.index() >= proposals.size()) {
                throw ApplicationProblem.invalidField("accept[" + i + "].index", "must be the index of a proposal");
            }
            if (!seen.add(a.index())) {
                throw ApplicationProblem.invalidField("accept[" + i + "].index", "names a proposal twice");
            }
            Proposal proposal = proposals.get(a.index());
            ArtifactDraft chosen = a.artifact() != null ? a.artifact() : proposal.artifact();
            artifacts.check(chosen, "The proposal " + a.index(), "accept[" + i + "].artifact.");
            Long duplicate = proposal.duplicateOf();
            if (duplicate != null && stillOwned(ownerId, duplicate) && !updates.containsKey(duplicate)) {
                updates.put(duplicate, chosen);
            } else {
                creates.add(chosen);
            }
        }
        if (!drafts.claim(importId)) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT, "The import has already been confirmed");
        }
        List<Long> ids;
        try {
            ids = intake.importAll(ownerId, creates, updates).stream().map(Artifact::getId).toList();
        } catch (RuntimeException e) {
            drafts.release(importId);
            throw e;
        }
        drafts.confirmed(importId);
        return ids;
    }

    private boolean stillOwned(long ownerId, long artifactId) {
        try {
            artifacts.find(ownerId, artifactId);
            return true;
        } catch (ApplicationProblem e) {
            return false;
        }
    }

    /** Expires every unconfirmed import whose 24 hours ended before {@code now}; returns how many. */
    public int expireBefore(Instant now) {
        List<ImportDraft> due = em.createQuery("select d from ImportDraft d where d.status in :open and d.expiresAt <= :now",
                ImportDraft.class)
                .setParameter("open", List.of(ImportStatus.READY, ImportStatus.PROCESSING))
                .setParameter("now", now)
                .setMaxResults(1000)
                .getResultList();
        due.forEach(ImportDraft::expire);
        return due.size();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void onDeadLetter(@Observes DeadLetter letter) {
        if (SUBJECT.equals(letter.subject())) {
            ImportDraft draft = em.find(ImportDraft.class, letter.entityId());
            if (draft != null && draft.getStatus() == ImportStatus.PROCESSING) {
                draft.fail("Reading the file failed repeatedly; please upload it again");
            }
        }
    }
}
