package dev.cvtailor.jobs.boundary;

import java.util.Set;

import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.jobs.control.HiringContact;
import dev.cvtailor.jobs.control.JobDescriptionParser;
import dev.cvtailor.jobs.control.PostingPage;
import dev.cvtailor.jobs.entity.JobDescription;
import dev.cvtailor.jobs.entity.ParsedJobDescription;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.skills.boundary.SkillService;
import dev.cvtailor.skills.entity.SkillRef;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The job descriptions users paste: the one door to the jobs component. Every method is scoped by the owner. */
@Stateless
public class JobDescriptionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    SkillService skills;

    @Inject
    EvidenceService evidence;

    // this bean through the container, so that the write after the fetch runs in a transaction of its own
    @Resource
    SessionContext context;

    /**
     * Stores and parses the posting, or returns the one the user already stored with the same text; a blank or
     * too long text is refused (400) under the name of the request's {@code field}.
     */
    public JobDescription register(long ownerId, String field, String text, String title, String company,
            String url) {
        if (text == null || text.isBlank()) {
            throw ApplicationProblem.invalidField(field, "must not be blank");
        }
        if (text.length() > JobDescription.MAX_TEXT_LENGTH) {
            throw ApplicationProblem.invalidField(field,
                    "must have at most " + JobDescription.MAX_TEXT_LENGTH + " characters");
        }
        JobDescription jd = em.createNamedQuery(JobDescription.BY_OWNER_AND_HASH, JobDescription.class)
                .setParameter("owner", ownerId)
                .setParameter("hash", JobDescription.hashOf(text))
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    JobDescription created = new JobDescription(ownerId, text, title, company, url);
                    em.persist(created);
                    return created;
                });
        if (!jd.isParsed()) {
            jd.parsedAs(parse(jd.getRawText(), title, company));
        }
        return jd;
    }

    /**
     * Reads the posting at the address (under the evidence links' network rules: 422 for an address inside the
     * network or a page that cannot be read), then stores and parses it as {@link #register} does.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobDescription registerFromPage(long ownerId, String url, String title, String company) {
        PostingPage.Posting posting = PostingPage.read(evidence.fetchPublicPage(url).body());
        if (posting.text().isBlank()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.UNPROCESSABLE, "The page holds no posting text");
        }
        String text = posting.text().length() > JobDescription.MAX_TEXT_LENGTH
                ? posting.text().substring(0, JobDescription.MAX_TEXT_LENGTH) : posting.text();
        return context.getBusinessObject(JobDescriptionService.class).register(ownerId, "url", text, title != null && !title.isBlank() ? title : posting.title(),
                company != null && !company.isBlank() ? company : posting.company(), url);
    }

    /** The deterministic parse of a posting's text, with the taxonomy's skills. */
    public ParsedJobDescription parse(String text, String title, String company) {
        return JobDescriptionParser.parse(text, title, company, new JobDescriptionParser.Skills() {
            @Override
            public Set<SkillRef> inProse(String prose) {
                return skills.foundIn(prose);
            }

            @Override
            public Set<SkillRef> named(String name) {
                return skills.named(name);
            }

            @Override
            public java.util.Map<SkillRef, String> spellingsIn(String prose) {
                return skills.spellingsIn(prose);
            }
        });
    }

    /** The person the posting names to write to ("Hiring manager: Jane Smith"), if it names one. */
    public java.util.Optional<String> hiringContact(JobDescription jd) {
        return HiringContact.in(jd.getRawText());
    }

    public java.util.List<JobDescription> all(long ownerId) {
        return em.createNamedQuery(JobDescription.BY_OWNER, JobDescription.class)
                .setParameter("owner", ownerId)
                .getResultList();
    }

    public JobDescription find(long ownerId, long id) {
        JobDescription jd = em.find(JobDescription.class, id);
        if (jd == null || !jd.isOwnedBy(ownerId)) {
            throw ApplicationProblem.notFound("Job description");
        }
        return jd;
    }
}
