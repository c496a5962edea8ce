package dev.cvtailor.jobs.boundary;

import dev.cvtailor.jobs.entity.JobDescription;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The job descriptions users paste: the one door to the jobs component. Every method is scoped by the owner. */
@Stateless
public class JobDescriptionService {

    @PersistenceContext
    EntityManager em;

    /** Stores the posting, or returns the one the user already stored with the same text. */
    public JobDescription register(long ownerId, String text, String title, String company, String url) {
        if (text == null || text.isBlank()) {
            throw ApplicationProblem.invalidField("jobDescription", "must not be blank");
        }
        if (text.length() > JobDescription.MAX_TEXT_LENGTH) {
            throw ApplicationProblem.invalidField("jobDescription",
                    "must have at most " + JobDescription.MAX_TEXT_LENGTH + " characters");
        }
        return em.createNamedQuery(JobDescription.BY_OWNER_AND_HASH, JobDescription.class)
                .setParameter("owner", ownerId)
                .setParameter("hash", JobDescription.hashOf(text))
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    JobDescription created = new JobDescription(ownerId, text, title, company, url);
                    em.persist(created);
                    return created;
                });
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
