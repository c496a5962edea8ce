package dev.cvtailor.evidence.boundary;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.evidence.control.EvidenceStore;
import dev.cvtailor.evidence.control.LinkChecker;
import dev.cvtailor.evidence.control.PageFetcher;
import dev.cvtailor.platform.control.AtRestCipher;
import dev.cvtailor.evidence.control.WaybackLookup;
import dev.cvtailor.evidence.entity.EvidenceLink;
import dev.cvtailor.evidence.entity.EvidenceView;
import dev.cvtailor.evidence.entity.LinkCheck;
import dev.cvtailor.evidence.entity.PublicPage;
import dev.cvtailor.evidence.entity.ValidationStatus;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.control.StatusCounts;
import dev.cvtailor.platform.control.WorkMessages;
import dev.cvtailor.platform.entity.DeadLetter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The evidence links of the owner's artifacts: the one door to the evidence component. */
@Stateless
public class EvidenceService {

    public static final String SUBJECT = "evidence";
    static final int MAX_URL_LENGTH = 2048;
    static final int MAX_LINKS_PER_ARTIFACT = 50;

    private static final Logger LOG = Logger.getLogger(EvidenceService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ArtifactService artifacts;

    @Inject
    EvidenceStore store;

    @Inject
    AtRestCipher cipher;

    @Inject
    LinkChecker checker;

    @Inject
    PageFetcher pages;

    @Inject
    WorkMessages messages;

    @Inject
    WaybackLookup wayback;

    /** How many due links one replica claims per run (every ten minutes). */
    @Inject
    @ConfigProperty(name = "cvtailor.evidence.revalidation.batch", defaultValue = "500")
    int revalidationBatch;

    @Resource(lookup = "jms/cvtailor/EvidenceValidationQueue")
    Queue validationQueue;

    /** Adds a link to the owner's artifact as {@code PENDING} and queues its check. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public EvidenceView add(long ownerId, long artifactId, String url, String kind) {
        artifacts.find(ownerId, artifactId);
        String checkedUrl = wellFormed(url);
        if (kind != null && kind.length() > 32) {
            throw ApplicationProblem.invalidField("kind", "must have at most 32 characters");
        }
        long existing = em.createQuery("select count(e) from EvidenceLink e where e.artifactId = :artifact", Long.class)
                .setParameter("artifact", artifactId).getSingleResult();
        if (existing >= MAX_LINKS_PER_ARTIFACT) {
            throw new ApplicationProblem(ApplicationProblem.Kind.UNPROCESSABLE,
                    "An artifact may have at most " + MAX_LINKS_PER_ARTIFACT + " evidence links");
        }
        EvidenceLink link = store.insert(artifactId, cipher.encrypt(checkedUrl), kind);
        queueCheck(link.getId());
        return EvidenceView.of(link, checkedUrl, null);
    }

    public void remove(long ownerId, long artifactId, long linkId) {
        em.remove(ownedLink(ownerId, artifactId, linkId));
    }

    /** Queues a new check of the link ({@code 202}); its status changes when the check is done. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void requestCheck(long ownerId, long artifactId, long linkId) {
        ownedLink(ownerId, artifactId, linkId);
        queueCheck(linkId);
    }

    /**
     * Checks a link over HTTP, outside any transaction; called by the validation queue's consumer. A link that
     * turns out broken is offered an archived copy when the Wayback lookup is on.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void check(long linkId) {
        store.find(linkId).ifPresent(link -> {
            String url = cipher.decrypt(link.getUrlEncrypted());
            LinkCheck result = checker.check(url);
            String archived = result.status() == ValidationStatus.BROKEN
                    ? wayback.archivedCopy(url).map(cipher::encrypt).orElse(null) : null;
            store.record(linkId, result, archived);
        });
    }

    /**
     * A page of the public web read for the user (a job posting's address), under the same rules as evidence
     * links: an address inside the network is refused and never fetched (422, like any page that cannot be read).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PublicPage fetchPublicPage(String url) {
        return pages.fetch(wellFormed(url));
    }

    /** Every ten minutes one replica (a persistent timer) queues the checks of the links that are due. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void revalidateDue() {
        List<Long> queued = revalidate(Duration.ZERO);
        if (!queued.isEmpty()) {
            LOG.info(() -> "Queued the revalidation of " + queued.size() + " evidence links");
        }
    }

    /**
     * Claims and queues the checks of links due within {@code within} from now (at most a batch per call);
     * a link another replica holds is left to it. Returns the links this call queued.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Long> revalidate(Duration within) {
        List<Long> claimed = store.claimDue(Instant.now().plus(within), revalidationBatch);
        List<Long> queued = new ArrayList<>();
        for (Long linkId : claimed) {
            try {
                messages.send(validationQueue, SUBJECT, linkId);
                queued.add(linkId);
            } catch (JMSRuntimeException e) {
                LOG.warning(() -> "The broker refused revalidation messages; the claims lapse and are retried: " + e);
                break;
            }
        }
        return queued;
    }

    /** How many links there are in each validation status, across all users (for the evidence-health SLO). */
    public Map<ValidationStatus, Long> health() {
        return StatusCounts.of(em, ValidationStatus.class,
                "select e.validationStatus, count(e) from EvidenceLink e group by e.validationStatus");
    }

    /** The links of one of the owner's artifacts; another user's artifact is not found. */
    public List<EvidenceView> list(long ownerId, long artifactId) {
        artifacts.find(ownerId, artifactId);
        return linksOf(ownerId, List.of(artifactId)).getOrDefault(artifactId, List.of());
    }

    /** How many links of each of the owner's artifacts were found valid (artifacts without one are absent). */
    public Map<Long, Integer> validLinkCounts(long ownerId) {
        Map<Long, Integer> counts = new HashMap<>();
        em.createQuery("select e.artifactId, count(e) from EvidenceLink e, Artifact a where e.artifactId = a.id"
                + " and a.ownerId = :owner and e.validationStatus = :valid group by e.artifactId", Object[].class)
                .setParameter("owner", ownerId)
                .setParameter("valid", ValidationStatus.VALID)
                .getResultStream()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    /**
     * How many evidence links the given users' artifacts have, and how many of them were found valid: an aggregate
     * for cohort insights, which names no link and no user.
     */
    public long[] validAmong(Collection<Long> ownerIds) {
        long total = 0;
        long valid = 0;
        List<Long> owners = List.copyOf(ownerIds);
        for (int from = 0; from < owners.size(); from += 1000) {
            // count(e.validationStatus), not count(e): the (artifact_id, validation_status) index answers it alone
            // (bench/RESULTS.md, issue 17: 2.7 ms per 1,000 members instead of 59)
            for (Object[] row : em.createQuery("select e.validationStatus, count(e.validationStatus)"
                    + " from EvidenceLink e, Artifact a"
                    + " where e.artifactId = a.id and a.ownerId in :owners group by e.validationStatus", Object[].class)
                    .setParameter("owners", owners.subList(from, Math.min(owners.size(), from + 1000)))
                    .getResultList()) {
                long count = ((Number) row[1]).longValue();
                total += count;
                if (row[0] == ValidationStatus.VALID) {
                    valid += count;
                }
            }
        }
        return new long[] {valid, total};
    }

    /** The links of each of the owner's artifacts, decrypted, in one query. */
    public Map<Long, List<EvidenceView>> linksOf(long ownerId, Collection<Long> artifactIds) {
        Map<Long, List<EvidenceView>> byArtifact = new HashMap<>();
        if (artifactIds.isEmpty()) {
            return byArtifact;
        }
        List<EvidenceLink> links = em.createQuery("select e from EvidenceLink e, Artifact a where e.artifactId = a.id"
                + " and a.ownerId = :owner and e.artifactId in :artifacts order by e.id", EvidenceLink.class)
                .setParameter("owner", ownerId)
                .setParameter("artifacts", artifactIds)
                .getResultList();
        for (EvidenceLink link : links) {
            byArtifact.computeIfAbsent(link.getArtifactId(), id -> new ArrayList<>())
                    .add(EvidenceView.of(link, cipher.decrypt(link.getUrlEncrypted()),
                            link.getArchivedUrlEncrypted() == null ? null
                                    : cipher.decrypt(link.getArchivedUrlEncrypted())));
        }
        return byArtifact;
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onDeadLetter(@Observes DeadLetter letter) {
        if (SUBJECT.equals(letter.subject())) {
            LOG.warning(() -> "Evidence link " + letter.entityId() + " could not be checked repeatedly");
            store.record(letter.entityId(), LinkCheck.unreachable("the check failed repeatedly"), null);
        }
    }

    private EvidenceLink ownedLink(long ownerId, long artifactId, long linkId) {
        artifacts.find(ownerId, artifactId);
        EvidenceLink link = em.find(EvidenceLink.class, linkId);
        if (link == null || link.getArtifactId() != artifactId) {
            throw ApplicationProblem.notFound("Evidence link");
        }
        return link;
    }

    private void queueCheck(long linkId) {
        try {
            messages.send(validationQueue, SUBJECT, linkId);
        } catch (JMSRuntimeException e) {
            store.record(linkId, LinkCheck.unreachable("the check could not be queued; ask for it again"), null);
            throw new ApplicationProblem(ApplicationProblem.Kind.UNAVAILABLE,
                    "Link checks are unavailable at the moment; please try again shortly");
        }
    }

    /** An absolute URL of reasonable length (else 400); whether it may be fetched is the checker's business. */
    public static String wellFormed(String url) {
        if (url == null || url.isBlank()) {
            throw ApplicationProblem.invalidField("url", "must not be blank");
        }
        String trimmed = url.strip();
        if (trimmed.length() > MAX_URL_LENGTH) {
            throw ApplicationProblem.invalidField("url", "must have at most " + MAX_URL_LENGTH + " characters");
        }
        try {
            URI uri = new URI(trimmed);
            if (!uri.isAbsolute() || uri.getScheme().toLowerCase(Locale.ROOT).isBlank()) {
                throw ApplicationProblem.invalidField("url", "must be an absolute URL such as https://example.com/work");
            }
        } catch (URISyntaxException e) {
            throw ApplicationProblem.invalidField("url", "is not a valid URL");
        }
        return trimmed;
    }
}
