package dev.cvtailor.generation.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.evidence.entity.EvidenceView;
import dev.cvtailor.evidence.entity.ValidationStatus;
import dev.cvtailor.generation.entity.GeneratedDocument;
import dev.cvtailor.generation.entity.GenerationInput;
import dev.cvtailor.generation.entity.GenerationInput.BackedKeyword;
import dev.cvtailor.generation.entity.GenerationRequest;
import dev.cvtailor.generation.entity.Length;
import dev.cvtailor.generation.entity.PostingBrief;
import dev.cvtailor.generation.entity.SourceArtifact;
import dev.cvtailor.generation.entity.Tone;
import dev.cvtailor.jobs.boundary.JobDescriptionService;
import dev.cvtailor.jobs.entity.JobDescription;
import dev.cvtailor.jobs.entity.ParsedJobDescription;
import dev.cvtailor.matching.boundary.MatchingService;
import dev.cvtailor.matching.entity.MatchReport;
import dev.cvtailor.matching.entity.MatchReport.RankedArtifact;
import dev.cvtailor.skills.entity.SkillRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Gathers what a generator may use for a document, all of it the owner's: the posting, the match of the owner's
 * ready artifacts (within the request's labels) with each artifact's text, skills and evidence links, ranked best
 * first.
 */
@ApplicationScoped
public class GenerationInputs {

    @Inject
    JobDescriptionService jobs;

    @Inject
    MatchingService matching;

    @Inject
    ArtifactService artifacts;

    @Inject
    EvidenceService evidence;

    public GenerationInput of(GeneratedDocument document) {
        long owner = document.getOwnerId();
        GenerationRequest request = document.request();
        JobDescription jd = jobs.find(owner, document.getJobDescriptionId());
        ParsedJobDescription parsed = jd.parsed();
        List<Artifact> candidates = matching.readyWithin(owner, request.labelIds());
        Map<Long, Artifact> ready = candidates.stream().collect(Collectors.toMap(Artifact::getId, Function.identity()));
        Map<Long, List<SkillRef>> skills = artifacts.skillsOfReady(owner, candidates);
        Map<Long, List<EvidenceView>> links = evidence.linksOf(owner, ready.keySet());
        Map<Long, Integer> validLinks = new HashMap<>();
        links.forEach((id, own) -> validLinks.put(id, (int) own.stream()
                .filter(l -> l.validationStatus() == ValidationStatus.VALID).count()));
        MatchReport match = matching.rank(owner, jd.getId(), candidates, skills, validLinks);
        List<SourceArtifact> sources = new ArrayList<>();
        for (RankedArtifact rank : match.artifacts()) {
            Artifact a = ready.get(rank.id());
            if (a == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            skills.getOrDefault(a.getId(), List.of()).forEach(skill -> names.add(skill.name()));
            a.getStack().forEach(names::add);
            List<EvidenceView> own = links.getOrDefault(a.getId(), List.of());
            sources.add(new SourceArtifact(a.getId(), a.getKind(), a.getTitle(), a.getRole(), a.getOrganisation(),
                    a.getStartedOn(), a.getEndedOn(), a.getSummary(), a.getDescription(), a.getBodyText(),
                    names.stream().distinct().toList(), own.stream().map(EvidenceView::id).toList(),
                    own.stream().filter(l -> l.validationStatus() == ValidationStatus.VALID)
                            .map(l -> new SourceArtifact.EvidenceLink(l.id(), l.url())).toList(),
                    rank.score(), a.getVersion()));
        }
        List<BackedKeyword> keywords = match.keywords().stream()
                .map(k -> new BackedKeyword(k.term(), k.skill(), k.critical(), k.artifactIds())).toList();
        String title = jd.getTitle() != null ? jd.getTitle() : parsed.title();
        String company = jd.getCompany() != null ? jd.getCompany() : parsed.company();
        PostingBrief posting = new PostingBrief(title, company, jd.getRawText(),
                parsed.companySignals() == null ? List.of() : parsed.companySignals().domains(),
                parsed.companySignals() == null ? List.of() : parsed.companySignals().values(),
                jobs.hiringContact(jd).orElse(null));
        return new GenerationInput(posting, sources, keywords, request.candidate(), Tone.of(request.tone()),
                Length.of(request.length()));
    }
}
