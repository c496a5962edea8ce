package dev.cvtailor.generation.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;

import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.export.boundary.ExportService;
import dev.cvtailor.export.entity.ExportedFile;
import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.generation.entity.DocumentStatus;
import dev.cvtailor.generation.entity.GeneratedDocument;
import dev.cvtailor.jobs.boundary.JobDescriptionService;
import dev.cvtailor.jobs.entity.JobDescription;
import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.organisations.entity.OrgMembership;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.reviews.boundary.ReviewService;
import dev.cvtailor.reviews.ui.ReviewView;
import dev.cvtailor.reviews.ui.SubmitDialog;
import dev.cvtailor.ui.BackgroundWork;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.ProblemNotice;
import dev.cvtailor.ui.SignedInUser;
import dev.cvtailor.ui.StatusBadge;
import dev.cvtailor.ui.ViewFrame;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The user's documents by job: read one, compare its versions, keep it (saved documents outlive the retention
 * limit), submit it to the user's organisation for review, and export it to PDF or DOCX with the ATS self-check's
 * verdict beside the download and a preview of the printed pages (an export the organisation's review rule refuses
 * says why, beside the button).
 */
@Route(value = "documents", layout = MainLayout.class)
public class DocumentsView extends ViewFrame implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final GenerationService generation;
    private final ExportService exports;
    private final ArtifactService artifacts;
    private final EvidenceService evidence;
    private final BackgroundWork work;
    private final ReviewService reviews;
    private final OrganisationService organisations;
    private final long ownerId = SignedInUser.require().id();
    private final Map<Long, JobDescription> postings;
    private final Grid<GeneratedDocument> grid = new Grid<>();
    private final ComboBox<JobDescription> byJob = new ComboBox<>();
    private final VerticalLayout detail = new VerticalLayout();

    @Inject
    public DocumentsView(GenerationService generation, ExportService exports, ArtifactService artifacts,
            EvidenceService evidence, JobDescriptionService jobs, BackgroundWork work, ReviewService reviews,
            OrganisationService organisations) {
        super("documents.title");
        this.work = work;
        this.reviews = reviews;
        this.organisations = organisations;
        this.generation = generation;
        this.exports = exports;
        this.artifacts = artifacts;
        this.evidence = evidence;
        setSizeFull();
        postings = jobs.all(ownerId).stream().collect(Collectors.toMap(JobDescription::getId, Function.identity()));

        byJob.setLabel(getTranslation("documents.byJob"));
        byJob.setItems(postings.values());
        byJob.setItemLabelGenerator(this::postingName);
        byJob.setClearButtonVisible(true);
        byJob.setWidth("min(30em, 100%)");
        byJob.addValueChangeListener(change -> refresh());

        grid.setId("documents-grid");
        grid.addColumn(d -> postingName(postings.get(d.getJobDescriptionId()))).setHeader(getTranslation("documents.job"))
                .setFlexGrow(3);
        grid.addColumn(d -> getTranslation("documentKind." + d.getKind().name())).setHeader(getTranslation("documents.kind"));
        grid.addColumn(GeneratedDocument::getVersion).setHeader(getTranslation("documents.version")).setFlexGrow(0)
                .setWidth("6em");
        grid.addComponentColumn(this::status).setHeader(getTranslation("documents.status"));
        grid.addColumn(d -> WHEN.format(d.getCreatedAt())).setHeader(getTranslation("documents.created"));
        grid.addComponentColumn(d -> d.isSaved() ? VaadinIcon.STAR.create() : new Span())
                .setHeader(getTranslation("documents.saved")).setFlexGrow(0).setWidth("6em");
        grid.addColumn(d -> generation.deletedAt(d).map(WHEN::format).orElse(getTranslation("documents.kept")))
                .setHeader(getTranslation("documents.deletedOn"));
        grid.setEmptyStateText(getTranslation("documents.empty"));
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));

        detail.setPadding(false);
        detail.setId("document-detail");
        VerticalLayout list = new VerticalLayout(byJob, grid);
        list.setPadding(false);
        list.setSizeFull();
        SplitLayout split = new SplitLayout(list, detail);
        split.setSizeFull();
        split.setSplitterPosition(45);
        addAndExpand(split);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("document").map(Long::valueOf)
                .flatMap(id -> grid.getListDataView().getItems().filter(d -> d.getId().equals(id)).findFirst())
                .ifPresent(grid::select);
    }

    private void refresh() {
        Long selected = grid.asSingleSelect().getValue() == null ? null : grid.asSingleSelect().getValue().getId();
        List<GeneratedDocument> documents = byJob.getValue() == null ? generation.all(ownerId)
                : generation.list(ownerId, null, byJob.getValue().getId());
        grid.setItems(documents.stream().sorted((a, b) -> b.getId().compareTo(a.getId())).toList());
        if (selected != null) {
            documents.stream().filter(d -> d.getId().equals(selected)).findFirst().ifPresent(grid::select);
        }
    }

    private String postingName(JobDescription jd) {
        if (jd == null) {
            return "";
        }
        return (jd.getTitle() == null ? getTranslation("posting.untitled") : jd.getTitle())
                + (jd.getCompany() == null ? "" : " · " + jd.getCompany());
    }

    private StatusBadge status(GeneratedDocument document) {
        StatusBadge.Tone tone = switch (document.getStatus()) {
            case READY -> StatusBadge.Tone.SUCCESS;
            case FAILED -> StatusBadge.Tone.ERROR;
            case QUEUED, RUNNING -> StatusBadge.Tone.NEUTRAL;
        };
        StatusBadge badge = new StatusBadge(getTranslation("generation." + document.getStatus().name()), tone);
        if (document.getFailureReason() != null) {
            badge.setTitle(document.getFailureReason());
        }
        return badge;
    }

    private void show(GeneratedDocument summary) {
        detail.removeAll();
        if (summary == null) {
            detail.add(new Paragraph(getTranslation("documents.pick")));
            return;
        }
        GeneratedDocument document;
        try {
            document = generation.find(ownerId, summary.getId());
        } catch (ApplicationProblem problem) {
            ProblemNotice.show(problem);
            refresh();
            return;
        }
        H3 heading = new H3(postingName(postings.get(document.getJobDescriptionId())) + " · "
                + getTranslation("documentKind." + document.getKind().name()) + " v" + document.getVersion());
        heading.addClassNames(LumoUtility.Margin.NONE);
        Button keep = new Button(getTranslation(document.isSaved() ? "documents.unsave" : "documents.save"),
                (document.isSaved() ? VaadinIcon.STAR : VaadinIcon.STAR_O).create(), click -> {
                    generation.save(ownerId, document.getId(), !document.isSaved());
                    refresh();
                });
        keep.setId("toggle-saved");
        Button versions = new Button(getTranslation("documents.compare"), VaadinIcon.SPLIT.create(),
                click -> new VersionDiff(generation.versions(ownerId, document.getId()), document).open());
        versions.setId("compare-versions");
        HorizontalLayout actions = new HorizontalLayout(keep, versions);
        actions.setWrap(true);
        if (document.getStatus() == DocumentStatus.READY) {
            // by route name: the tracker builds on documents, not the other way round
            JobDescription posting = postings.get(document.getJobDescriptionId());
            Button track = new Button(getTranslation("applications.track"), VaadinIcon.CLIPBOARD_CHECK.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate("applications", QueryParameters.simple(Map.of(
                            "company", posting == null || posting.getCompany() == null ? "" : posting.getCompany(),
                            "role", posting == null || posting.getTitle() == null ? "" : posting.getTitle(),
                            "document", String.valueOf(document.getId()))))));
            track.setId("track-application");
            actions.add(track);
        }
        Optional<OrgMembership> organisation = organisations.organisationOf(ownerId);
        if (document.getStatus() == DocumentStatus.READY && organisation.isPresent()) {
            Button submit = new Button(getTranslation("documents.submitForReview"), VaadinIcon.USER_CHECK.create(),
                    click -> new SubmitDialog(reviews, organisations, ownerId, document.getId(),
                            organisation.get().name(), review -> {
                                ProblemNotice.success(getTranslation("submit.done", organisation.get().name()));
                                getUI().ifPresent(ui -> ui.navigate(ReviewView.class, ReviewView.parameters(review.id())));
                            }).open());
            submit.setId("submit-for-review");
            actions.add(submit);
        }
        detail.add(heading, actions);
        generation.deletedAt(document).ifPresent(at -> {
            Span retention = new Span(getTranslation("documents.retention", WHEN.format(at)));
            retention.setId("document-retention");
            retention.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            detail.add(retention);
        });
        if (document.getStatus() == DocumentStatus.FAILED) {
            detail.add(new Paragraph(getTranslation("documents.failed", document.getFailureReason())));
            return;
        }
        if (document.getStatus() != DocumentStatus.READY) {
            detail.add(new Paragraph(getTranslation("generation." + document.getStatus().name())));
            return;
        }
        detail.add(exportPanel(document));
        detail.add(DocumentPreview.of(document, ownerId, artifacts, evidence));
    }

    private VerticalLayout exportPanel(GeneratedDocument document) {
        Select<String> format = new Select<>();
        format.setLabel(getTranslation("export.format"));
        format.setItems("pdf", "docx");
        format.setItemLabelGenerator(f -> f.toUpperCase(java.util.Locale.ROOT));
        format.setValue("pdf");
        format.setId("export-format");
        Select<String> template = new Select<>();
        template.setLabel(getTranslation("tailor.template"));
        template.setItems(ExportService.TEMPLATES);
        template.setItemLabelGenerator(t -> getTranslation("template." + t));
        template.setValue(ExportService.DEFAULT_TEMPLATE);
        Div outcome = new Div();
        outcome.setId("export-outcome");
        Div pages = new Div();
        pages.setId("pdf-preview");
        Button export = new Button(getTranslation("export.run"), VaadinIcon.DOWNLOAD.create());
        export.addClickListener(click -> export(export, document, format.getValue(), template.getValue(), outcome));
        export.setId("export-document");
        export.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button preview = new Button(getTranslation("export.preview"), VaadinIcon.EYE.create());
        preview.addClickListener(click -> preview(preview, document, template.getValue(), pages));
        preview.setId("preview-pdf");
        HorizontalLayout controls = new HorizontalLayout(format, template, export, preview);
        controls.setWrap(true);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout panel = new VerticalLayout(controls, outcome, pages);
        panel.setPadding(false);
        return panel;
    }

    private void export(Button trigger, GeneratedDocument document, String format, String template, Div outcome) {
        outcome.removeAll();
        work.run(trigger, () -> {
            ExportedFile file = exports.export(ownerId, document.getId(), format, template);
            return new Exported(file, exports.log(ownerId, file.exportId()).getAtsCheckJson());
        }, done -> exported(outcome, done), problem -> {
            // a refusal stays beside the button (the review rule says what to do), as well as in the notice
            Paragraph reason = new Paragraph(problem.getMessage());
            reason.setId("export-refused");
            reason.getElement().setAttribute("role", "alert");
            reason.addClassNames(LumoUtility.TextColor.ERROR);
            outcome.add(reason);
            ProblemNotice.show(problem);
        });
    }

    private void exported(Div outcome, Exported done) {
        ExportedFile file = done.file();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file.bytes()), file.fileName(), file.format().mediaType,
                file.bytes().length)), AttachmentType.DOWNLOAD, getTranslation("export.download", file.fileName()));
        download.setId("download-export");
        outcome.add(download, atsVerdict(done.atsCheckJson()));
    }

    /** An export's file and its ATS self-check, read together off the UI thread. */
    private record Exported(ExportedFile file, String atsCheckJson) {
    }

    /** The ATS self-check as the user reads it: passed or not, by which reader, and what it found. */
    private Div atsVerdict(String json) {
        Div verdict = new Div();
        verdict.setId("ats-result");
        if (json == null) {
            return verdict;
        }
        JsonObject check;
        try (var reader = Json.createReader(new java.io.StringReader(json))) {
            check = reader.readObject();
        }
        boolean passed = check.getBoolean("passed", false);
        verdict.getElement().setAttribute("data-passed", String.valueOf(passed));
        verdict.add(new StatusBadge(getTranslation(passed ? "export.atsPassed" : "export.atsFailed"),
                passed ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.WARNING));
        Span reader = new Span(" " + getTranslation("export.atsReader", check.getString("reader", "?")));
        reader.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        verdict.add(reader);
        if (check.get("findings") instanceof jakarta.json.JsonArray findings && !findings.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (JsonValue finding : findings) {
                list.add(new ListItem(finding.getValueType() == JsonValue.ValueType.STRING
                        ? ((jakarta.json.JsonString) finding).getString() : finding.toString()));
            }
            verdict.add(list);
        }
        return verdict;
    }

    private void preview(Button trigger, GeneratedDocument document, String template, Div pages) {
        pages.removeAll();
        work.run(trigger, () -> exports.preview(ownerId, document.getId(), template), images -> {
            for (int i = 0; i < images.size(); i++) {
                byte[] png = images.get(i);
                int number = i + 1;
                Image page = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(png), "page-" + number + ".png", "image/png", png.length)),
                        getTranslation("export.page", number));
                page.setMaxWidth("100%");
                page.addClassNames(LumoUtility.BoxShadow.SMALL, LumoUtility.Margin.Bottom.MEDIUM);
                pages.add(page);
            }
        });
    }
}
