package dev.cvtailor.generation.control;

import dev.cvtailor.platform.control.FeatureFlags;
import dev.cvtailor.platform.control.FeatureFlags.Feature;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvDraft;
import dev.cvtailor.generation.entity.DocumentKind;
import dev.cvtailor.generation.entity.GeneratedDocument;
import dev.cvtailor.generation.entity.GenerationInput;
import dev.cvtailor.generation.entity.Generator;
import dev.cvtailor.generation.entity.LetterDraft;
import dev.cvtailor.generation.entity.LlmAnswer;
import dev.cvtailor.generation.entity.ModelUse;
import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.skills.boundary.SkillService;
import dev.cvtailor.skills.entity.SkillRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Writes a started document and stores the outcome: the language model's draft when one is configured and answers
 * (or its earlier answer to an identical request), else the template generator's (or a failure with 502 when
 * falling back is switched off); whichever wrote it, verified against the owner's artifacts before it is stored.
 */
@ApplicationScoped
public class DocumentAuthor {

    @Inject
    GenerationInputs inputs;

    @Inject
    DocumentStore store;

    @Inject
    LlmSettings llm;

    @Inject
    LlmGateway gateway;

    @Inject
    TemplateCvGenerator cvs;

    @Inject
    TemplateCoverLetterGenerator letters;

    @Inject
    SkillService skills;

    @Inject
    OrganisationService organisations;

    @Inject
    FeatureFlags features;

    public void write(GeneratedDocument document) {
        long documentId = document.getId();
        GenerationInput input = inputs.of(document);
        LocalDate today = LocalDate.now();
        ClaimVerifier verifier = new ClaimVerifier(input, text -> skills.foundIn(text).stream()
                .map(SkillRef::name).collect(Collectors.toSet()), today);
        boolean cv = document.getKind() == DocumentKind.CV;
        String note = "Written by the template generator from your artifacts";
        boolean allowed = organisations.settingsFor(document.getOwnerId()).llmAllowed();
        if (llm.enabled() && !allowed) {
            note = "Written by the template generator from your artifacts: your organisation does not use the"
                    + " language model";
        } else if (llm.enabled() && !features.isOnFor(Feature.LLM_GENERATION, document.getOwnerId())) {
            allowed = false;
            note = "Written by the template generator from your artifacts: the language model is switched off on"
                    + " this installation";
        }
        if (llm.enabled() && allowed) {
            String key = GenerationKey.of(document.getKind(), document.getJobDescriptionHash(), input,
                    llm.primary().label());
            Optional<GeneratedDocument> earlier = store.answered(document.getOwnerId(), key);
            if (earlier.isPresent()) {
                complete(documentId, input, earlier.get().content(), verifier, Generator.LLM,
                        "Reused the language model's answer to an identical earlier request (document "
                                + earlier.get().getId() + ")", Optional.of(new ModelUse(key, 0, 0)));
                return;
            }
            LlmAnswer answer = gateway.write(cv ? LlmDocumentGenerator.cvTask(input)
                    : LlmDocumentGenerator.coverLetterTask(input));
            if (answer.answered()) {
                Object draft = cv ? LlmDocumentGenerator.cv((CvDraft) answer.draft(), input)
                        : LlmDocumentGenerator.coverLetter((LetterDraft) answer.draft(), input);
                complete(documentId, input, draft, verifier, Generator.LLM, "Written by " + answer.model()
                        + " from your artifacts, then checked against them",
                        Optional.of(new ModelUse(key, answer.inputTokens(), answer.outputTokens())));
                return;
            }
            if (!llm.fallbackToTemplate()) {
                store.fail(documentId, "No language model could write the document: " + answer.failure(), 502);
                return;
            }
            note = "Written by the template generator from your artifacts, because " + answer.failure();
        }
        complete(documentId, input, cv ? cvs.generate(input, today) : letters.generate(input, today), verifier,
                Generator.TEMPLATE, note, Optional.empty());
    }

    private void complete(long documentId, GenerationInput input, Object draft, ClaimVerifier verifier,
            Generator generator, String note, Optional<ModelUse> modelUse) {
        if (draft instanceof CvContent cv) {
            ClaimVerifier.VerifiedCv verified = verifier.verify(cv);
            store.complete(documentId, verified.content(), CvPlainText.render(verified.content()),
                    verified.coverage(), generator, note, modelUse);
        } else {
            ClaimVerifier.VerifiedLetter verified = verifier.verify((CoverLetterContent) draft);
            store.complete(documentId, verified.content(), CoverLetterPlainText.render(verified.content()),
                    verified.coverage(), generator, LetterLength.advice(verified.content(), input)
                            .map(advice -> note + ". " + advice).orElse(note), modelUse);
        }
    }
}
