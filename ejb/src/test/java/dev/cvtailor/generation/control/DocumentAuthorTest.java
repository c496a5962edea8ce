package dev.cvtailor.generation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.cvtailor.generation.entity.CvDraft;
import dev.cvtailor.generation.entity.DocumentKind;
import dev.cvtailor.generation.entity.GeneratedDocument;
import dev.cvtailor.generation.entity.GenerationInput;
import dev.cvtailor.generation.entity.GenerationRequest;
import dev.cvtailor.generation.entity.Generator;
import dev.cvtailor.generation.entity.KeywordCoverage;
import dev.cvtailor.generation.entity.Length;
import dev.cvtailor.generation.entity.LlmAnswer;
import dev.cvtailor.generation.entity.LlmEndpoint;
import dev.cvtailor.generation.entity.ModelUse;
import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.organisations.entity.OrgSettings;
import dev.cvtailor.platform.control.FeatureFlags;
import dev.cvtailor.platform.control.FeatureFlags.Feature;
import dev.cvtailor.generation.entity.Tone;
import dev.cvtailor.skills.boundary.SkillService;
import dev.cvtailor.skills.entity.SkillRef;

/**
 * What happens to a document when the language model answers (its request and tokens stored with the document), and
 * when none answers, with and without falling back to the templates.
 */
class DocumentAuthorTest {

    /** The store's outcome for the document. */
    static final class RecordingStore extends DocumentStore {
        Generator generator;
        String note;
        String failure;
        Integer failureStatus;
        Optional<ModelUse> modelUse;

        @Override
        public Optional<GeneratedDocument> answered(long ownerId, String generationKey) {
            return Optional.empty();
        }

        @Override
        public void complete(long documentId, Object content, String text, KeywordCoverage coverage,
                Generator by, String why, Optional<ModelUse> use) {
            generator = by;
            note = why;
            modelUse = use;
        }

        @Override
        public void fail(long documentId, String reason, Integer httpStatus) {
            failure = reason;
            failureStatus = httpStatus;
        }
    }

    static final class Settings extends LlmSettings {
        final boolean fallback;

        Settings(boolean fallback) {
            this.fallback = fallback;
        }

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public LlmEndpoint primary() {
            return new LlmEndpoint("openai", "http://127.0.0.1:1/v1", "key", "gpt-x", Duration.ofSeconds(1));
        }

        @Override
        public boolean fallbackToTemplate() {
            return fallback;
        }
    }

    @Test
    void theModelSwitchedOffByItsFlagHasTheTemplateGeneratorWriteAndSaysSo() {
        long artifact = Sources.ADAS.get(0).id();
        CvDraft draft = new CvDraft("Backend engineer.", List.of("Java"),
                List.of(new CvDraft.DraftEntry(artifact, List.of("Built services in Java."))));
        RecordingStore store = write(true, new LlmAnswer(draft, "gpt-x", 812, 143, null), OrgSettings.DEFAULTS, false);
        assertEquals(Generator.TEMPLATE, store.generator, "the model answered, but its flag is off");
        assertTrue(store.note.contains("switched off on this installation"), store.note);
    }

    @Test
    void anOrganisationThatKeepsTheModelOutHasTheTemplateGeneratorWriteAndSaysSo() {
        RecordingStore store = write(true, LlmAnswer.unavailable("must not be asked"),
                new OrgSettings(false, null, false, false, false));
        assertEquals(Generator.TEMPLATE, store.generator);
        assertTrue(store.note.contains("your organisation does not use the language model"), store.note);
        assertTrue(store.modelUse.isEmpty());
    }

    private RecordingStore write(boolean fallback) {
        return write(fallback, LlmAnswer.unavailable("the language model did not answer (HttpException)"));
    }

    private RecordingStore write(boolean fallback, LlmAnswer answer) {
        return write(fallback, answer, OrgSettings.DEFAULTS);
    }

    private RecordingStore write(boolean fallback, LlmAnswer answer, OrgSettings organisation) {
        return write(fallback, answer, organisation, true);
    }

    private RecordingStore write(boolean fallback, LlmAnswer answer, OrgSettings organisation, boolean modelFlagOn) {
        DocumentAuthor author = new DocumentAuthor();
        author.features = new FeatureFlags() {
            @Override
            public boolean isOnFor(Feature feature, long userId) {
                return feature != Feature.LLM_GENERATION || modelFlagOn;
            }
        };
        author.organisations = new OrganisationService() {
            @Override
            public OrgSettings settingsFor(long userId) {
                return organisation;
            }
        };
        RecordingStore store = new RecordingStore();
        GenerationInput input = Sources.input(Sources.ADAS, List.of("Java"), List.of(), Tone.PROFESSIONAL,
                Length.ONE_PAGE);
        author.store = store;
        author.llm = new Settings(fallback);
        author.inputs = new GenerationInputs() {
            @Override
            public GenerationInput of(GeneratedDocument document) {
                return input;
            }
        };
        author.gateway = new LlmGateway() {
            @Override
            public LlmAnswer write(LlmTask task) {
                return answer;
            }
        };
        author.skills = new SkillService() {
            @Override
            public java.util.Set<SkillRef> foundIn(String text) {
                return Sources.skillsIn(text).stream().map(name -> new SkillRef(1, name, null))
                        .collect(java.util.stream.Collectors.toSet());
            }
        };
        author.cvs = new TemplateCvGenerator();
        author.letters = new TemplateCoverLetterGenerator();
        author.write(stored(new GeneratedDocument(7, DocumentKind.CV, 1, "hash", 1, new GenerationRequest(1L, null,
                List.of(), null, null, null, Sources.ADA))));
        return store;
    }

    /** The document as the database hands it over: with its id. */
    private static GeneratedDocument stored(GeneratedDocument document) {
        try {
            var id = GeneratedDocument.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(document, 41L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return document;
    }

    @Test
    void storesTheModelsRequestAndTokensInTheSameStepAsTheWrittenDocument() {
        long artifact = Sources.ADAS.get(0).id();
        CvDraft draft = new CvDraft("Backend engineer.", List.of("Java"),
                List.of(new CvDraft.DraftEntry(artifact, List.of("Built services in Java."))));
        RecordingStore store = write(true, new LlmAnswer(draft, "gpt-x", 812, 143, null));
        assertEquals(Generator.LLM, store.generator);
        ModelUse use = store.modelUse.orElseThrow();
        assertEquals(812, use.inputTokens());
        assertEquals(143, use.outputTokens());
        assertTrue(!use.generationKey().isBlank(), use::toString);
    }

    @Test
    void writesWithTheTemplatesAndSaysWhyWhenNoModelAnswers() {
        RecordingStore store = write(true);
        assertEquals(Generator.TEMPLATE, store.generator);
        assertEquals(Optional.empty(), store.modelUse);
        assertTrue(store.note.contains("did not answer"), store.note);
        assertNull(store.failure);
    }

    @Test
    void failsTheDocumentWith502WhenFallingBackIsSwitchedOff() {
        RecordingStore store = write(false);
        assertNull(store.generator);
        assertEquals(502, store.failureStatus);
        assertTrue(store.failure.contains("No language model could write the document"), store.failure);
    }
}
