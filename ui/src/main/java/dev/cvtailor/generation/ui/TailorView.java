package dev.cvtailor.generation.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;

import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.export.boundary.ExportService;
import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.generation.entity.Candidate;
import dev.cvtailor.generation.entity.DocumentStatus;
import dev.cvtailor.generation.entity.GeneratedDocument;
import dev.cvtailor.generation.entity.GenerationRequest;
import dev.cvtailor.generation.entity.Length;
import dev.cvtailor.generation.entity.Tone;
import dev.cvtailor.jobs.boundary.JobDescriptionService;
import dev.cvtailor.jobs.entity.JobDescription;
import dev.cvtailor.jobs.ui.PostingSummary;
import dev.cvtailor.labels.boundary.LabelService;
import dev.cvtailor.labels.entity.Label;
import dev.cvtailor.matching.boundary.MatchingService;
import dev.cvtailor.matching.entity.MatchReport;
import dev.cvtailor.matching.entity.MatchRequest;
import dev.cvtailor.matching.ui.MatchPanel;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.BackgroundWork;
import dev.cvtailor.ui.CandidateDetails;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.ProblemNotice;
import dev.cvtailor.ui.SignedInUser;
import dev.cvtailor.ui.ViewFrame;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * The heart of the product: paste (or pick) a job description, see what it asks for and how well the user's
 * artifacts answer it, choose how the document should look, generate it and watch it arrive, then read it with
 * each claim linked to its source. The candidate's contact details stay in the browser (localStorage), never on the
 * server beyond the documents made with them.
 */
@Route(value = "tailor", layout = MainLayout.class)
public class TailorView extends ViewFrame {

    private static final long serialVersionUID = 1L;

    private final JobDescriptionService jobs;
    private final MatchingService matching;
    private final GenerationService generation;
    private final ArtifactService artifacts;
    private final EvidenceService evidence;
    private final DocumentWatch watch;
    private final BackgroundWork work;
    private final long ownerId = SignedInUser.require().id();

    private final ComboBox<JobDescription> stored = new ComboBox<>();
    private final TextArea postingText = new TextArea();
    private final TextField postingTitle = new TextField();
    private final TextField postingCompany = new TextField();
    private final Div analysis = new Div();
    private final MultiSelectComboBox<Label> labelChoice = new MultiSelectComboBox<>();
    private final Select<String> template = new Select<>();
    private final Select<Tone> tone = new Select<>();
    private final Select<Length> length = new Select<>();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField location = new TextField();
    private final TextField links = new TextField();
    private final Button generateCv = new Button();
    private final Button generateLetter = new Button();
    private final Div progress = new Div();
    private final Div result = new Div();
    private JobDescription posting;
    private Registration watching;

    @Inject
    public TailorView(JobDescriptionService jobs, MatchingService matching, GenerationService generation,
            ArtifactService artifacts, EvidenceService evidence, LabelService labels, DocumentWatch watch,
            BackgroundWork work) {
        super("tailor.title");
        this.work = work;
        this.jobs = jobs;
        this.matching = matching;
        this.generation = generation;
        this.artifacts = artifacts;
        this.evidence = evidence;
        this.watch = watch;

        stored.setLabel(getTranslation("tailor.stored"));
        stored.setId("stored-postings");
        stored.setItems(jobs.all(ownerId));
        stored.setItemLabelGenerator(jd -> (jd.getTitle() == null ? getTranslation("posting.untitled") : jd.getTitle())
                + (jd.getCompany() == null ? "" : " · " + jd.getCompany()));
        stored.setClearButtonVisible(true);
        stored.setWidthFull();
        stored.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                postingText.setValue(change.getValue().getRawText());
                posting = change.getValue();
                rematch();
            }
        });
        postingText.setLabel(getTranslation("tailor.paste"));
        postingText.setId("posting-text");
        postingText.setWidthFull();
        postingText.setMinHeight("12em");
        postingText.setMaxHeight("24em");
        postingText.setMaxLength(JobDescription.MAX_TEXT_LENGTH);
        postingTitle.setLabel(getTranslation("tailor.postingTitle"));
        postingCompany.setLabel(getTranslation("tailor.postingCompany"));
        Button analyse = new Button(getTranslation("tailor.analyse"), VaadinIcon.SEARCH.create());
        analyse.addClickListener(click -> analyse(analyse));
        analyse.setId("analyse-posting");
        analyse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout postingFacts = new HorizontalLayout(postingTitle, postingCompany, analyse);
        postingFacts.setWrap(true);
        postingFacts.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        analysis.setWidthFull();

        labelChoice.setLabel(getTranslation("tailor.labels"));
        labelChoice.setHelperText(getTranslation("tailor.labelsHelp"));
        labelChoice.setItems(labels.list(ownerId));
        labelChoice.setItemLabelGenerator(Label::getName);
        labelChoice.addValueChangeListener(change -> {
            if (posting != null) {
                rematch();
            }
        });
        template.setLabel(getTranslation("tailor.template"));
        template.setItems(ExportService.TEMPLATES);
        template.setItemLabelGenerator(t -> getTranslation("template." + t));
        template.setValue(ExportService.DEFAULT_TEMPLATE);
        tone.setLabel(getTranslation("tailor.tone"));
        tone.setItems(Tone.values());
        tone.setItemLabelGenerator(t -> getTranslation("tone." + t.name()));
        tone.setValue(Tone.PROFESSIONAL);
        length.setLabel(getTranslation("tailor.length"));
        length.setItems(Length.values());
        length.setItemLabelGenerator(l -> getTranslation("length." + l.name()));
        length.setValue(Length.ONE_PAGE);

        name.setLabel(getTranslation("candidate.name"));
        name.setId("candidate-name");
        name.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("candidate.email"));
        email.setId("candidate-email");
        email.setValue(SignedInUser.require().email());
        phone.setLabel(getTranslation("candidate.phone"));
        location.setLabel(getTranslation("candidate.location"));
        links.setLabel(getTranslation("candidate.links"));
        links.setHelperText(getTranslation("candidate.linksHelp"));
        FormLayout options = new FormLayout(labelChoice, template, tone, length, name, email, phone, location, links);
        options.setColspan(labelChoice, 2);
        options.setColspan(links, 2);
        options.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));

        generateCv.setText(getTranslation("tailor.generateCv"));
        generateCv.setIcon(VaadinIcon.FILE_TEXT_O.create());
        generateCv.setId("generate-cv");
        generateCv.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generateCv.addClickListener(click -> generate(true));
        generateLetter.setText(getTranslation("tailor.generateLetter"));
        generateLetter.setIcon(VaadinIcon.ENVELOPE_O.create());
        generateLetter.setId("generate-letter");
        generateLetter.addClickListener(click -> generate(false));
        setGenerationEnabled(false);
        progress.setId("generation-progress");
        progress.setWidthFull();
        result.setWidthFull();

        add(section("tailor.step1"), stored, postingText, postingFacts, analysis, section("tailor.step2"), options,
                new HorizontalLayout(generateCv, generateLetter), progress, result);
    }

    private static H3 section(String key) {
        H3 heading = new H3();
        heading.getElement().setText(heading.getTranslation(key));
        heading.addClassNames(LumoUtility.Margin.Bottom.NONE);
        return heading;
    }

    /** Reads the posting and matches it, off the UI thread: with thousands of artifacts, matching takes a while. */
    private void analyse(Button trigger) {
        postingText.setInvalid(false);
        String text = postingText.getValue();
        String title = blankToNull(postingTitle.getValue());
        String company = blankToNull(postingCompany.getValue());
        List<Long> labelIds = chosenLabels();
        work.run(trigger, () -> {
            try {
                JobDescription registered = jobs.register(ownerId, "jobDescription", text, title, company, null);
                return new Analysis(registered, matching.match(ownerId, new MatchRequest(registered.getId(), null,
                        labelIds)), null);
            } catch (ApplicationProblem problem) {
                return new Analysis(null, null, problem);
            }
        }, done -> {
            if (done.problem() != null) {
                ProblemNotice.show(done.problem(), Map.of("jobDescription", postingText));
                return;
            }
            stored.setItems(jobs.all(ownerId));
            show(done.posting(), done.report());
        });
    }

    private void rematch() {
        show(posting, matching.match(ownerId, new MatchRequest(posting.getId(), null, chosenLabels())));
    }

    private List<Long> chosenLabels() {
        return labelChoice.getValue().stream().map(Label::getId).toList();
    }

    /** A posting read and matched, or why it could not be. */
    private record Analysis(JobDescription posting, MatchReport report, ApplicationProblem problem) {
    }

    private void show(JobDescription jd, MatchReport report) {
        posting = jd;
        analysis.removeAll();
        MatchPanel match = new MatchPanel(report);
        PostingSummary summary = new PostingSummary(jd);
        summary.setMinWidth("18em");
        match.setMinWidth("18em");
        HorizontalLayout both = new HorizontalLayout(summary, match);
        both.setWidthFull();
        both.setWrap(true);
        both.setFlexGrow(1, summary, match);
        analysis.add(both);
        setGenerationEnabled(true);
    }

    private void setGenerationEnabled(boolean enabled) {
        generateCv.setEnabled(enabled);
        generateLetter.setEnabled(enabled);
    }

    private void generate(boolean cv) {
        name.setInvalid(false);
        email.setInvalid(false);
        try {
            Candidate candidate = new Candidate(name.getValue().strip(), blankToNull(email.getValue()),
                    blankToNull(phone.getValue()), blankToNull(location.getValue()), split(links.getValue()));
            GenerationRequest request = new GenerationRequest(posting.getId(), null,
                    chosenLabels(), template.getValue(),
                    tone.getValue().name(), length.getValue().name(), candidate);
            GeneratedDocument queued = cv ? generation.requestCv(ownerId, request)
                    : generation.requestCoverLetter(ownerId, request);
            rememberCandidate();
            follow(queued);
        } catch (ApplicationProblem problem) {
            ProblemNotice.show(problem, Map.of("candidate.name", name, "candidate.email", email,
                    "candidate.phone", phone, "candidate.location", location, "candidate.links", links));
        }
    }

    private void follow(GeneratedDocument queued) {
        stopWatching();
        result.removeAll();
        setGenerationEnabled(false);
        showProgress(queued);
        watching = watch.watch(getUI().orElseThrow(), ownerId, queued.getId(), this::showProgress);
    }

    private void showProgress(GeneratedDocument document) {
        progress.removeAll();
        progress.getElement().setAttribute("data-status", document.getStatus().name());
        Span state = new Span(getTranslation("generation." + document.getStatus().name()));
        state.setId("generation-status");
        state.getElement().setAttribute("role", "status");
        state.getElement().setAttribute("aria-live", "polite");
        if (!document.getStatus().isFinished()) {
            ProgressBar bar = new ProgressBar();
            bar.setIndeterminate(true);
            bar.getElement().setAttribute("aria-label", state.getText());
            progress.add(state, bar);
            return;
        }
        setGenerationEnabled(true);
        progress.add(state);
        if (document.getStatus() == DocumentStatus.FAILED) {
            ProblemNotice.notify(getTranslation("generation.FAILED"), document.getFailureReason());
            Span reason = new Span(document.getFailureReason());
            reason.setId("generation-failure");
            progress.add(reason);
            return;
        }
        GeneratedDocument ready = generation.find(ownerId, document.getId());
        RouterLink open = new RouterLink(getTranslation("tailor.openInDocuments"), DocumentsView.class);
        open.setQueryParameters(com.vaadin.flow.router.QueryParameters.of("document", String.valueOf(ready.getId())));
        open.setId("open-in-documents");
        // the tracker by its route name: it builds on documents, not the other way round
        JobDescription posting = ready.getJobDescriptionId() == null ? null : jobs.find(ownerId, ready.getJobDescriptionId());
        Anchor track = new Anchor("applications?document=" + ready.getId() + "&company="
                + encoded(posting == null ? null : posting.getCompany()) + "&role="
                + encoded(posting == null ? null : posting.getTitle()), getTranslation("applications.track"));
        track.getElement().setAttribute("router-link", true);
        track.setId("track-application");
        Span note = new Span(ready.getGeneratorNote() == null ? "" : " " + ready.getGeneratorNote());
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        VerticalLayout done = new VerticalLayout(new Div(open, new Span(" · "), track, note), DocumentPreview.of(ready, ownerId, artifacts, evidence));
        done.setPadding(false);
        result.add(done);
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void rememberCandidate() {
        JsonObject details = Json.createObjectBuilder().add("name", name.getValue()).add("email", email.getValue())
                .add("phone", phone.getValue()).add("location", location.getValue()).add("links", links.getValue())
                .build();
        CandidateDetails.keep(getElement(), details.toString());
    }

    private void recallCandidate() {
        getElement().executeJs("return localStorage.getItem($0)", CandidateDetails.KEY).then(String.class, json -> {
            if (json == null || json.isBlank()) {
                return;
            }
            try (var reader = Json.createReader(new java.io.StringReader(json))) {
                JsonObject details = reader.readObject();
                fill(name, details, "name");
                fill(email, details, "email");
                fill(phone, details, "phone");
                fill(location, details, "location");
                fill(links, details, "links");
            } catch (RuntimeException unreadable) {
                // what the browser kept is not ours to trust; the fields stay empty
            }
        });
    }

    private static void fill(com.vaadin.flow.component.HasValue<?, String> field, JsonObject details, String key) {
        if (details.get(key) instanceof JsonString value && !value.getString().isBlank()) {
            field.setValue(value.getString());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        recallCandidate();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopWatching();
        super.onDetach(detachEvent);
    }

    private void stopWatching() {
        if (watching != null) {
            watching.remove();
            watching = null;
        }
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : new ArrayList<>(Arrays.stream(text.split("[,\\s]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
