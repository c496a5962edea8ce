package dev.cvtailor.labels.boundary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.labels.entity.ArtifactLabel;
import dev.cvtailor.labels.entity.Label;
import dev.cvtailor.labels.entity.LabelDraft;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.control.InputValidator;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The user's labels and which artifacts carry them: the one door to the labels component. */
@Stateless
public class LabelService {

    static final int MAX_ARTIFACTS_PER_ASSIGNMENT = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidator validator;

    @Inject
    ArtifactService artifacts;

    public Label create(long ownerId, LabelDraft draft) {
        validator.check(draft, "The label");
        refuseTakenName(ownerId, draft.name(), -1);
        Label label = new Label(ownerId, draft);
        em.persist(label);
        em.flush();
        return label;
    }

    public List<Label> list(long ownerId) {
        return em.createNamedQuery(Label.BY_OWNER, Label.class).setParameter("owner", ownerId).getResultList();
    }

    public Label find(long ownerId, long labelId) {
        Label label = em.find(Label.class, labelId);
        if (label == null || !label.isOwnedBy(ownerId)) {
            throw ApplicationProblem.notFound("Label");
        }
        return label;
    }

    public Label update(long ownerId, long labelId, LabelDraft draft) {
        validator.check(draft, "The label");
        Label label = find(ownerId, labelId);
        refuseTakenName(ownerId, draft.name(), labelId);
        label.revise(draft);
        return label;
    }

    public void delete(long ownerId, long labelId) {
        em.remove(find(ownerId, labelId));
    }

    /** Makes exactly these artifacts (all the owner's) carry the label. */
    public void assign(long ownerId, long labelId, List<Long> artifactIds) {
        Label label = find(ownerId, labelId);
        if (artifactIds == null) {
            throw ApplicationProblem.invalidField("artifactIds", "must be a list of artifact ids");
        }
        if (artifactIds.size() > MAX_ARTIFACTS_PER_ASSIGNMENT) {
            throw ApplicationProblem.invalidField("artifactIds",
                    "may name at most " + MAX_ARTIFACTS_PER_ASSIGNMENT + " artifacts");
        }
        Set<Long> wanted = new LinkedHashSet<>();
        for (Long artifactId : artifactIds) {
            if (artifactId == null) {
                throw ApplicationProblem.invalidField("artifactIds", "must not contain null");
            }
            artifacts.find(ownerId, artifactId);
            wanted.add(artifactId);
        }
        em.createQuery("delete from ArtifactLabel al where al.labelId = :label")
                .setParameter("label", label.getId())
                .executeUpdate();
        wanted.forEach(artifactId -> em.persist(new ArtifactLabel(artifactId, label.getId())));
    }

    /** Adds the artifact to each of the owner's labels named (keeping its other labels). */
    public void attach(long ownerId, long artifactId, List<Long> labelIds) {
        artifacts.find(ownerId, artifactId);
        for (Long labelId : new LinkedHashSet<>(labelIds)) {
            Label label = find(ownerId, labelId);
            if (em.find(ArtifactLabel.class, new ArtifactLabel.Key(artifactId, label.getId())) == null) {
                em.persist(new ArtifactLabel(artifactId, label.getId()));
            }
        }
    }

    /** Refuses (404) unless every label is the owner's. */
    public void requireOwned(long ownerId, List<Long> labelIds) {
        labelIds.forEach(labelId -> find(ownerId, labelId));
    }

    /** The labels of each of the given artifacts of the owner, in one query. */
    public Map<Long, List<Label>> labelsOf(long ownerId, Collection<Long> artifactIds) {
        Map<Long, List<Label>> byArtifact = new HashMap<>();
        if (artifactIds.isEmpty()) {
            return byArtifact;
        }
        // two index-driven reads (the artifacts' rows by primary key, then their labels by id) rather than a
        // join the planner may start from the owner's labels, reading every artifact of each (bench/RESULTS.md)
        List<ArtifactLabel> assignments = em.createQuery("select al from ArtifactLabel al where al.artifactId in :ids",
                ArtifactLabel.class)
                .setParameter("ids", artifactIds)
                .getResultList();
        if (assignments.isEmpty()) {
            return byArtifact;
        }
        Map<Long, Label> owned = new HashMap<>();
        em.createQuery("select l from Label l where l.id in :ids and l.ownerId = :owner", Label.class)
                .setParameter("ids", assignments.stream().map(ArtifactLabel::getLabelId).distinct().toList())
                .setParameter("owner", ownerId)
                .getResultStream()
                .forEach(label -> owned.put(label.getId(), label));
        for (ArtifactLabel assignment : assignments) {
            Label label = owned.get(assignment.getLabelId());
            if (label != null) {
                byArtifact.computeIfAbsent(assignment.getArtifactId(), id -> new ArrayList<>()).add(label);
            }
        }
        byArtifact.values().forEach(labels -> labels.sort(
                Comparator.comparing(label -> label.getName().toLowerCase(Locale.ROOT))));
        return byArtifact;
    }

    private void refuseTakenName(long ownerId, String name, long except) {
        boolean taken = !em.createNamedQuery(Label.SAME_NAME, Label.class)
                .setParameter("owner", ownerId)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .setParameter("except", except)
                .getResultList().isEmpty();
        if (taken) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT, "You already have a label with this name");
        }
    }
}
