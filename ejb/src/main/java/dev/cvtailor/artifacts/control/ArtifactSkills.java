package dev.cvtailor.artifacts.control;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.cvtailor.artifacts.entity.ArtifactSkill;
import dev.cvtailor.artifacts.entity.ArtifactStatus;
import dev.cvtailor.artifacts.entity.ArtifactSkill.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** The taxonomy's skills an artifact shows ({@code artifact_skills}), written in the caller's transaction. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class ArtifactSkills {

    @PersistenceContext
    EntityManager em;

    /** The skills the user named, replacing all earlier ones (found ones are found again by processing). */
    public void replaceDeclared(long artifactId, Collection<Long> skillIds) {
        em.createQuery("delete from ArtifactSkill s where s.artifactId = :artifact")
                .setParameter("artifact", artifactId)
                .executeUpdate();
        skillIds.forEach(skill -> em.persist(new ArtifactSkill(artifactId, skill, Source.DECLARED)));
    }

    /** The skills processing found in the text, replacing those found before; named ones stay as they are. */
    public void replaceExtracted(long artifactId, Collection<Long> skillIds) {
        Set<Long> declared = new HashSet<>(em.createQuery("select s.skillId from ArtifactSkill s"
                + " where s.artifactId = :artifact and s.source = :declared", Long.class)
                .setParameter("artifact", artifactId)
                .setParameter("declared", Source.DECLARED)
                .getResultList());
        em.createQuery("delete from ArtifactSkill s where s.artifactId = :artifact and s.source = :extracted")
                .setParameter("artifact", artifactId)
                .setParameter("extracted", Source.EXTRACTED)
                .executeUpdate();
        skillIds.stream().filter(id -> !declared.contains(id))
                .forEach(id -> em.persist(new ArtifactSkill(artifactId, id, Source.EXTRACTED)));
    }

    /** The rows of all the owner's artifacts in the status, named skills first: one query, however many. */
    @Transactional(TxType.SUPPORTS)
    public List<ArtifactSkill> ofOwner(long ownerId, ArtifactStatus status) {
        // built by constructor, unmanaged: a user with 10,000 artifacts has 60,000 of these rows
        return em.createQuery("select new dev.cvtailor.artifacts.entity.ArtifactSkill(s.artifactId, s.skillId,"
                + " s.source) from ArtifactSkill s, Artifact a where s.artifactId = a.id"
                + " and a.ownerId = :owner and a.status = :status order by s.source, s.skillId", ArtifactSkill.class)
                .setParameter("owner", ownerId)
                .setParameter("status", status)
                .getResultList();
    }

    /** The rows of the given artifacts, named skills first. */
    @Transactional(TxType.SUPPORTS)
    public List<ArtifactSkill> of(Collection<Long> artifactIds) {
        return em.createQuery("select s from ArtifactSkill s where s.artifactId in :ids order by s.source, s.skillId",
                ArtifactSkill.class)
                .setParameter("ids", artifactIds)
                .getResultList();
    }
}
