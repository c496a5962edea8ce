package dev.cvtailor.matching.boundary;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.jobs.boundary.JobDescriptionService;
import dev.cvtailor.jobs.entity.JobDescription;
import dev.cvtailor.jobs.entity.ParsedJobDescription;
import dev.cvtailor.labels.boundary.LabelService;
import dev.cvtailor.labels.entity.Label;
import dev.cvtailor.matching.control.ArtifactRanker;
import dev.cvtailor.matching.control.TextEmbedder;
import dev.cvtailor.matching.entity.MatchCandidate;
import dev.cvtailor.matching.entity.MatchReport;
import dev.cvtailor.matching.entity.MatchRequest;
import dev.cvtailor.matching.entity.TextEmbedding;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.skills.entity.SkillRef;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Matching: the one door to the matching component. Every method is scoped by the owner. */
@Stateless
public class MatchingService {

    @Inject
    TextEmbedder embedder;

    @Inject
    ArtifactService artifacts;

    @Inject
    EvidenceService evidence;

    @Inject
    LabelService labels;

    @Inject
    JobDescriptionService jobs;

    /** The text's embedding, computed in process. */
    public TextEmbedding embed(String text) {
        return embedder.embed(text);
    }

    /**
     * How well the owner's ready artifacts (those with one of the labels, when labels are given) answer the
     * posting: the score, the coverage of each keyword and the artifacts ranked with their explanation.
     */
    public MatchReport match(long ownerId, MatchRequest request) {
        if (request.labelIds().stream().anyMatch(Objects::isNull)) {
            throw ApplicationProblem.invalidField("labelIds", "must hold label ids only");
        }
        JobDescription jd = posting(ownerId, request);
        List<Artifact> ready = readyWithin(ownerId, request.labelIds());
        return rank(jd, ready, artifacts.skillsOfReady(ownerId, ready), evidence.validLinkCounts(ownerId));
    }

    /** The owner's ready artifacts; only those with one of the labels when labels are given (404: not theirs). */
    public List<Artifact> readyWithin(long ownerId, List<Long> labelIds) {
        labels.requireOwned(ownerId, labelIds);
        List<Artifact> ready = artifacts.ready(ownerId);
        if (labelIds.isEmpty()) {
            return ready;
        }
        Set<Long> wanted = new HashSet<>(labelIds);
        Map<Long, List<Label>> labelled = labels.labelsOf(ownerId, ready.stream().map(Artifact::getId).toList());
        return ready.stream().filter(a -> labelled.getOrDefault(a.getId(), List.of()).stream()
                .anyMatch(l -> wanted.contains(l.getId()))).toList();
    }

    /**
     * How well the given artifacts (read by {@link #readyWithin}, with their skills and how many valid evidence
     * links each has) answer the owner's stored posting: for callers that need those artifacts themselves too.
     */
    public MatchReport rank(long ownerId, long jobDescriptionId, List<Artifact> ready,
            Map<Long, List<SkillRef>> skills, Map<Long, Integer> validLinks) {
        return rank(jobs.find(ownerId, jobDescriptionId), ready, skills, validLinks);
    }

    private MatchReport rank(JobDescription jd, List<Artifact> ready, Map<Long, List<SkillRef>> skills,
            Map<Long, Integer> validLinks) {
        List<MatchCandidate> candidates = ready.stream().map(a -> new MatchCandidate(a.getId(), a.getTitle(),
                a.embeddedText(),
                skills.getOrDefault(a.getId(), List.of()).stream().map(SkillRef::name).collect(Collectors.toSet()),
                a.getEmbedding() == null ? null : TextEmbedding.vectorOf(a.getEmbedding()), a.getStartedOn(),
                a.getEndedOn(), validLinks.getOrDefault(a.getId(), 0)))
                .toList();
        ParsedJobDescription parsed = jd.parsed();
        return ArtifactRanker.rank(parsed.keywords(), embedding(jd), candidates, LocalDate.now());
    }

    /** The posting's embedding, made at its first match and kept with it. */
    private float[] embedding(JobDescription jd) {
        if (jd.getEmbedding() == null) {
            jd.embed(embedder.embed(jd.getRawText()).toBytes());
        }
        return TextEmbedding.vectorOf(jd.getEmbedding());
    }

    private JobDescription posting(long ownerId, MatchRequest request) {
        if (request.jobDescriptionId() != null) {
            return jobs.find(ownerId, request.jobDescriptionId());
        }
        if (request.jobDescription() == null) {
            throw ApplicationProblem.invalidField("jobDescription", "give jobDescriptionId or jobDescription");
        }
        return jobs.register(ownerId, "jobDescription", request.jobDescription(), null, null, null);
    }
}
